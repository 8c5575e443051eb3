package org.marginalia.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A .qdpx written the way QualCoder writes one (hand-made by the team, no tool output copied): annotations as a Note
 * with its own PlainTextSelection and a NoteRef on the TextSource, a journal Note nothing refers to, a category with
 * isCodable="false" holding codes, a UTF-8 text with a BOM its offsets do not count, a richTextPath without .docx,
 * and selection names that are labels, truncated quotes or empty.
 */
final class QualCoderFixture {

    /** 0-based code points: "Dear Sir," is [0, 9); the emoji is one code point (two UTF-16 units). */
    static final String TEXT = "Dear Sir, I write to you concerning the \uD83C\uDF3E harvest of 1801, which failed "
            + "in every parish of the county. The “poor rates” rose twice.";

    private QualCoderFixture() {
    }

    static Path write(Path file, String memo, String extraSelections) throws IOException {
        String qde = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="harvest" origin="QualCoder 3.6">
                <Users><User guid="{U1}" name="colin"/></Users>
                <CodeBook><Codes>
                  <Code guid="C0" name="Economy" isCodable="false" color="#AABBCC">
                    <Description>Category: everything about money</Description>
                    <Code guid="C1" name="poor relief" isCodable="true" color="#FF0000">
                      <Description>Rates, doles, workhouses</Description></Code>
                  </Code>
                  <Code guid="C2" name="weather" isCodable="true" color="#00FF00"/>
                </Codes></CodeBook>
                <Sources>
                  <TextSource guid="S1" name="letter" richTextPath="internal://S1" plainTextPath="internal://S1.txt"
                      creatingUser="{U1}" creationDateTime="2024-01-05T10:00:00Z">
                    <PlainTextSelection guid="P1" name="Dear Sir," startPosition="0" endPosition="9"
                        creatingUser="{U1}" creationDateTime="2024-01-05T10:01:00Z">
                      <Coding guid="K1" creatingUser="{U1}"><CodeRef targetGUID="C1"/></Coding>
                    </PlainTextSelection>
                    <PlainTextSelection guid="P2" name="sel 42-49" startPosition="42" endPosition="49">
                      <Coding guid="K2"><CodeRef targetGUID="C2"/></Coding>
                    </PlainTextSelection>
                    <PlainTextSelection guid="P3" name="which failed in every..." startPosition="59"
                        endPosition="102"/>
                    <PlainTextSelection guid="P4" name="&quot;poor rates&quot;" startPosition="107" endPosition="119">
                      <Description>coding memo: rates doubled</Description>
                      <Coding guid="K4"><CodeRef targetGUID="C1"/></Coding>
                    </PlainTextSelection>
                %s
                    <NoteRef targetGUID="N1"/>
                    <NoteRef targetGUID="N2"/>
                  </TextSource>
                </Sources>
                <Notes>
                  <Note guid="N1" name="annotation" creatingUser="{U1}" creationDateTime="2024-01-06T09:00:00Z">
                    <PlainTextContent>Is the harvest failure local or general?</PlainTextContent>
                    <PlainTextSelection guid="A1" name="" startPosition="40" endPosition="49"/>
                  </Note>
                  <Note guid="N2" name="letter memo"><PlainTextContent>%s</PlainTextContent></Note>
                  <Note guid="N3" name="Journal" creationDateTime="2024-01-07T08:00:00Z">
                    <PlainTextContent>Journal: read the overseers' accounts next.</PlainTextContent>
                  </Note>
                </Notes>
                </Project>
                """.formatted(extraSelections, memo);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(qde.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("sources/S1.txt"));
            zip.write(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("sources/S1"));
            zip.write("not really a docx".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }
}
