using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Http;

/// <summary>A two-language interview written by the test, so HTTP tests do not depend on the repo's content.</summary>
internal static class SmallInterview
{
    public const string Slug = "small-talk";

    public static TempContent Create() => new TempContent()
        .Write($"{Slug}/hi.md", """
            ---
            title: "छोटी बातचीत"
            interviewer: परीक्षक
            date: 2024-01-02
            language: hi
            ---

            यह एक छोटी बातचीत का परिचय है।

            ## पहला भाग {#first}

            पहले भाग में कुछ शब्द लिखे गए हैं।
            """)
        .Write($"{Slug}/bn.md", """
            ---
            title: "ছোট আলাপ"
            interviewer: পরীক্ষক
            date: 2024-01-02
            language: bn
            ---

            এটি একটি ছোট আলাপের ভূমিকা।

            ## প্রথম অংশ {#first}

            প্রথম অংশে কিছু শব্দ লেখা হয়েছে।
            """);
}
