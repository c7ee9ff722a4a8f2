using InterviewReader.Web.Cli;
using InterviewReader.Web.Hosting;
using Serilog;

Log.Logger = SerilogSetup.CreateBootstrapLogger();
try
{
    return AppCommandLine.Run(args, RunWebServer, Validate, Console.Out, Console.Error, Align);
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "InterviewReader stopped unexpectedly");
    return 1;
}
finally
{
    Log.CloseAndFlush();
}

static int RunWebServer(string[] args)
{
    var app = WebApplication.CreateBuilder(args).AddInterviewReader().Build();
    app.UseInterviewReader();
    app.Run();
    return 0;
}

// The configuration the site would use (appsettings, environment), without the web server.
static int Validate(IReadOnlyList<string> folders, TextWriter output)
{
    var builder = WebApplication.CreateBuilder();
    var invokedFrom = ValidateCommand.InvokedFrom(Environment.CurrentDirectory, builder.Environment.ContentRootPath, Environment.GetEnvironmentVariable("PWD"));
    return ValidateCommand.Run(folders, builder.Configuration, builder.Environment.ContentRootPath, invokedFrom, output);
}

static int Align(IReadOnlyList<string> folders, TextWriter output)
{
    var builder = WebApplication.CreateBuilder();
    var invokedFrom = ValidateCommand.InvokedFrom(Environment.CurrentDirectory, builder.Environment.ContentRootPath, Environment.GetEnvironmentVariable("PWD"));
    return AlignCommand.Run(folders, builder.Configuration, builder.Environment.ContentRootPath, invokedFrom, output);
}

/// <summary>The entry point, visible to the integration tests' host.</summary>
public partial class Program;
