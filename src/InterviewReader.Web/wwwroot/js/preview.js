// InterviewReader's live preview (for editors): starts Blazor's circuit, which re-renders the page
// when a file changes, and drives the reconnect dialog (#components-reconnect-modal), which
// blazor.web.js reports the connection's state to. Loaded on the preview's pages only.
(() => {
  "use strict";

  const dialog = document.getElementById("components-reconnect-modal");
  const retryButton = dialog ? dialog.querySelector(".reconnect-retry") : null;

  const show = () => {
    if (dialog && !dialog.open) {
      dialog.showModal();
    }
  };
  const hide = () => {
    if (dialog && dialog.open) {
      dialog.close();
    }
  };

  // Reconnects; when the server answers but no longer knows the circuit (it restarted), the page
  // is loaded again: the browser keeps its scroll position on a reload.
  const retry = async () => {
    document.removeEventListener("visibilitychange", retryWhenVisible);
    try {
      if (!(await Blazor.reconnect()) && !(await Blazor.resumeCircuit())) {
        location.reload();
      }
    } catch {
      // Still unreachable: the dialog keeps offering to try again.
      dialog.dataset.state = "failed";
      document.addEventListener("visibilitychange", retryWhenVisible);
    }
  };
  const retryWhenVisible = () => {
    if (document.visibilityState === "visible") {
      retry();
    }
  };

  // A paused circuit (the server asked the page to pause) resumes by itself, or the page reloads.
  const resume = async () => {
    try {
      if (!(await Blazor.resumeCircuit())) {
        location.reload();
      }
    } catch {
      setTimeout(resume, 1000);
    }
  };

  if (dialog) {
    dialog.addEventListener("components-reconnect-state-changed", event => {
      const state = event.detail.state;
      dialog.dataset.state = state;
      if (state === "show" || state === "retrying") {
        show();
      } else if (state === "hide") {
        hide();
      } else if (state === "paused") {
        show();
        resume();
      } else if (state === "failed" || state === "resume-failed") {
        show();
        document.addEventListener("visibilitychange", retryWhenVisible);
      } else if (state === "rejected") {
        location.reload();
      }
    });
    // Escape would close the dialog while the page cannot follow the files.
    dialog.addEventListener("cancel", event => event.preventDefault());
    if (retryButton) {
      retryButton.addEventListener("click", retry);
    }
  }

  // An editor's server restarts in a few seconds: try every second for two minutes, then every five.
  Blazor.start({
    circuit: {
      reconnectionOptions: {
        maxRetries: 300,
        retryIntervalMilliseconds: attempt => (attempt < 120 ? 1000 : 5000),
      },
    },
  });
})();
