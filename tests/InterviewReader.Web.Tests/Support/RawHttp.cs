using System.Net.Sockets;
using System.Text;

namespace InterviewReader.Web.Tests.Support;

/// <summary>Sends a request exactly as written, bytes and all, so tests can send what HttpClient would clean up.</summary>
internal static class RawHttp
{
    public static async Task<(int Status, string Response)> SendAsync(Uri server, byte[] request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(request);
        using var reader = new MemoryStream();
        var buffer = new byte[16384];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        int read;
        while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
        {
            reader.Write(buffer, 0, read);
        }

        var response = Encoding.UTF8.GetString(reader.ToArray());
        var status = response.Length >= 12 && int.TryParse(response.AsSpan(9, 3), out var code) ? code : 0;
        return (status, response);
    }

    public static Task<(int Status, string Response)> GetAsync(Uri server, string target, string extraHeaders = "") =>
        SendAsync(server, Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: localhost\r\n{extraHeaders}Connection: close\r\n\r\n"));
}
