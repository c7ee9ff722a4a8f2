using System.Globalization;
using System.Text;
using System.Xml;
using InterviewReader.Content.Alignment;

namespace InterviewReader.Content.Exchange;

/// <summary>
/// Writes an interview's sentence pairs as a TMX 1.4b translation memory, the format OmegaT,
/// Trados and other CAT tools import. One <c>&lt;tu&gt;</c> per sentence bead that has sentences
/// in at least two languages, with the bead's anchor as <c>tuid</c>, its confidence as a
/// <c>x-confidence</c> prop, and one <c>&lt;tuv xml:lang&gt;</c> per language that has sentences
/// in it (plain text, no markup). A bead with sentences in one language only (a 1-0 or 0-1 bead:
/// a sentence with no translation) pairs nothing and is left out; <c>validate</c> and the
/// <c>align</c> command name those sentences. The output depends on the content alone (no
/// creation date), so it can be cached and fingerprinted like a page.
/// </summary>
public static class TmxWriter
{
    /// <summary>The media type of a TMX file.</summary>
    public const string MediaType = "application/x-tmx+xml";

    /// <summary>The name the header gives as creation tool.</summary>
    public const string CreationTool = "InterviewReader";

    /// <summary>The version of the TMX output, bumped when its shape changes.</summary>
    public const string CreationToolVersion = "1";

    /// <summary>The TMX file of an interview, as UTF-8 bytes without a byte order mark.</summary>
    public static byte[] Write(AlignedInterview interview)
    {
        using var buffer = new MemoryStream();
        Write(interview, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the TMX file of an interview to a stream, as UTF-8.</summary>
    public static void Write(AlignedInterview interview, Stream output)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            NewLineChars = "\n",
            CheckCharacters = true,
        };
        using var xml = XmlWriter.Create(output, settings);
        var languages = interview.Languages;
        xml.WriteStartDocument();
        xml.WriteStartElement("tmx");
        xml.WriteAttributeString("version", "1.4");
        xml.WriteStartElement("header");
        xml.WriteAttributeString("creationtool", CreationTool);
        xml.WriteAttributeString("creationtoolversion", CreationToolVersion);
        xml.WriteAttributeString("segtype", "sentence");
        xml.WriteAttributeString("o-tmf", CreationTool);
        xml.WriteAttributeString("adminlang", "en");
        // Every pair goes both ways, but tools want one real language here: the first column's.
        xml.WriteAttributeString("srclang", languages.IsEmpty ? "*all*" : languages[0].LangTag);
        xml.WriteAttributeString("datatype", "plaintext");
        xml.WriteStartElement("prop");
        xml.WriteAttributeString("type", "x-interview");
        xml.WriteString(interview.Slug);
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("body");
        foreach (var bead in BeadTexts.Of(interview).Where(b => b.LanguageCount >= 2))
        {
            xml.WriteStartElement("tu");
            xml.WriteAttributeString("tuid", bead.Bead.AnchorId);
            xml.WriteStartElement("prop");
            xml.WriteAttributeString("type", "x-confidence");
            xml.WriteString(bead.Bead.Confidence.ToString("0.###", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
            for (var column = 0; column < languages.Length; column++)
            {
                if (bead.Texts[column].Length == 0)
                {
                    continue;
                }

                xml.WriteStartElement("tuv");
                xml.WriteAttributeString("xml", "lang", null, languages[column].LangTag);
                xml.WriteElementString("seg", XmlSafe(bead.Texts[column]));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>The text with any character XML cannot hold (a control character) replaced by U+FFFD.</summary>
    internal static string XmlSafe(string text)
    {
        if (text.All(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)))
        {
            return text;
        }

        var safe = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            safe.Append(XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c : '\uFFFD');
        }

        return safe.ToString();
    }
}
