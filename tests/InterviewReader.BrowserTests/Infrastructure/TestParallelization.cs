// The browser tests share one app process and one Chromium (BrowserCollection) and measure layout
// and timing-sensitive behaviour: no two may run at once, whatever collection a class names.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
