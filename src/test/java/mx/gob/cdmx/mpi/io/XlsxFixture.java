package mx.gob.cdmx.mpi.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small .xlsx workbooks by hand (the JDK's ZIP writer and literal SpreadsheetML), not with
 * the tool's own writer, so that tests can hold cells Excel writes but our writer never would: a
 * formula without a cached value, a period stored as a date, an error cell, a hidden row.
 *
 * <p>A cell is written as a prefixed string: {@code s:text} (inline string), {@code n:0.3}
 * (number), {@code d:45717} (number with a date format), {@code f:SUM(1,2)|3} (formula and cached
 * value; nothing after {@code |} means no cached value), {@code e:#DIV/0!} (error), or empty (no
 * cell).
 */
public final class XlsxFixture {
  private final List<String> sheets = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private StringBuilder rows;

  /** Starts a new sheet called {@code name}. */
  public XlsxFixture sheet(String name) {
    finish();
    names.add(name);
    rows = new StringBuilder();
    return this;
  }

  /** Adds row {@code number} (1-based) with the given cells, hidden or not. */
  public XlsxFixture row(int number, boolean hidden, String... cells) {
    rows.append("<row r=\"").append(number).append('"');
    if (hidden) {
      rows.append(" hidden=\"1\"");
    }
    rows.append('>');
    for (int i = 0; i < cells.length; i++) {
      String c = cells[i];
      if (c == null || c.isEmpty()) {
        continue;
      }
      String ref = letters(i + 1) + number;
      String kind = c.substring(0, 2);
      String v = c.substring(2);
      switch (kind) {
        case "s:" ->
            rows.append("<c r=\"")
                .append(ref)
                .append("\" t=\"inlineStr\"><is><t>")
                .append(xml(v))
                .append("</t></is></c>");
        case "n:" ->
            rows.append("<c r=\"").append(ref).append("\"><v>").append(v).append("</v></c>");
        case "d:" ->
            rows.append("<c r=\"")
                .append(ref)
                .append("\" s=\"1\"><v>")
                .append(v)
                .append("</v></c>");
        case "f:" -> {
          String formula = v.substring(0, v.indexOf('|'));
          String cached = v.substring(v.indexOf('|') + 1);
          rows.append("<c r=\"").append(ref).append("\"><f>").append(xml(formula)).append("</f>");
          if (!cached.isEmpty()) {
            rows.append("<v>").append(cached).append("</v>");
          }
          rows.append("</c>");
        }
        case "e:" ->
            rows.append("<c r=\"")
                .append(ref)
                .append("\" t=\"e\"><v>")
                .append(xml(v))
                .append("</v></c>");
        default -> throw new IllegalArgumentException(c);
      }
    }
    rows.append("</row>");
    return this;
  }

  /** Adds a visible row. */
  public XlsxFixture row(int number, String... cells) {
    return row(number, false, cells);
  }

  private void finish() {
    if (rows != null) {
      sheets.add(rows.toString());
      rows = null;
    }
  }

  /** Writes the workbook to {@code path}. */
  public Path write(Path path) throws IOException {
    finish();
    try (OutputStream out = Files.newOutputStream(path);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      StringBuilder types =
          new StringBuilder(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
                  + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  + "<Default Extension=\"rels\""
                  + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                  + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                  + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                  + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                  + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
                  + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
      StringBuilder book =
          new StringBuilder(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook"
                  + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                  + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                  + "relationships\"><sheets>");
      StringBuilder rels =
          new StringBuilder(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                  + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  + "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/"
                  + "officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
      for (int i = 0; i < sheets.size(); i++) {
        int n = i + 1;
        types
            .append("<Override PartName=\"/xl/worksheets/sheet")
            .append(n)
            .append(
                ".xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        book.append("<sheet name=\"")
            .append(xml(names.get(i)))
            .append("\" sheetId=\"")
            .append(n)
            .append("\" r:id=\"rId")
            .append(n)
            .append("\"/>");
        rels.append("<Relationship Id=\"rId")
            .append(n)
            .append(
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    + "worksheet\" Target=\"worksheets/sheet")
            .append(n)
            .append(".xml\"/>");
        put(
            zip,
            "xl/worksheets/sheet" + n + ".xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + sheets.get(i)
                + "</sheetData></worksheet>");
      }
      put(zip, "[Content_Types].xml", types.append("</Types>").toString());
      put(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
              + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
              + "</Relationships>");
      put(zip, "xl/workbook.xml", book.append("</sheets></workbook>").toString());
      put(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
      put(
          zip,
          "xl/styles.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet"
              + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
              + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills>"
              + "<borders count=\"1\"><border/></borders>"
              + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
              + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"17\""
              + " applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
    }
    return path;
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static String letters(int column) {
    StringBuilder sb = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      sb.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return sb.toString();
  }
}
