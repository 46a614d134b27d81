package mx.gob.cdmx.mpi.io;

import java.util.Locale;

/** Spreadsheet formats that are not read, and how to save them as something that is. */
public final class SpreadsheetFormats {
  private SpreadsheetFormats() {}

  /**
   * The program that writes a name's format when it is a spreadsheet we do not read ({@code .xls},
   * {@code .ods}, {@code .numbers} …), else null.
   */
  public static String otherFormat(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xls") || lower.endsWith(".xlsm") || lower.endsWith(".xlsb")) {
      return "Excel";
    }
    if (lower.endsWith(".ods") || lower.endsWith(".fods")) {
      return "LibreOffice";
    }
    if (lower.endsWith(".numbers")) {
      return "Numbers";
    }
    return null;
  }

  /**
   * What a ZIP file holds: {@code "xlsx"} for an Excel workbook ({@code xl/workbook.xml}), {@code
   * "LibreOffice"} for an OpenDocument spreadsheet, {@code "Numbers"} for a Numbers document, or
   * null (another ZIP, or one that cannot be opened).
   */
  public static String zipKind(java.nio.file.Path path) {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(path.toFile())) {
      if (zip.getEntry("xl/workbook.xml") != null) {
        return "xlsx";
      }
      if (zip.getEntry("content.xml") != null && zip.getEntry("mimetype") != null) {
        return "LibreOffice";
      }
      if (zip.getEntry("Index/Document.iwa") != null) {
        return "Numbers";
      }
      return null;
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  /** How to save a workbook of {@code program} so that mpi reads it, in Spanish. */
  public static String saveAsHint(String program) {
    return switch (program) {
      case "LibreOffice" ->
          "en LibreOffice Calc use Archivo › Guardar como… y elija «Libro de Excel 2007-365"
              + " (.xlsx)» o «Texto CSV (.csv)» con juego de caracteres UTF-8";
      case "Numbers" ->
          "en Numbers use Archivo › Exportar a › Excel… (.xlsx) o Archivo › Exportar a › CSV…";
      default ->
          "en Excel use Archivo › Guardar como… y elija «Libro de Excel (*.xlsx)» o «CSV UTF-8"
              + " (delimitado por comas) (*.csv)»";
    };
  }
}
