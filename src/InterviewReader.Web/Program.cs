using InterviewReader.Web.Cli;
using InterviewReader.Web.Hosting;
using Serilog;

Log.Logger = SerilogSetup.CreateBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(ValidateCommand.IsInvoked(args) ? [] : args);
    if (ValidateCommand.IsInvoked(args))
    {
        var invokedFrom = ValidateCommand.InvokedFrom(Environment.CurrentDirectory, builder.Environment.ContentRootPath, Environment.GetEnvironmentVariable("PWD"));
        return ValidateCommand.Run(args[1..], builder.Configuration, builder.Environment.ContentRootPath, invokedFrom, Console.Out);
    }

    var app = builder.AddInterviewReader().Build();
    app.UseInterviewReader();
    app.Run();
    return 0;
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

/// <summary>The entry point, visible to the integration tests' host.</summary>
public partial class Program;
