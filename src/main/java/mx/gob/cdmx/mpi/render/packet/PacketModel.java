package mx.gob.cdmx.mpi.render.packet;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import mx.gob.cdmx.mpi.render.report.AlertView;
import mx.gob.cdmx.mpi.render.report.IndicatorView;
import mx.gob.cdmx.mpi.render.report.NoteView;
import mx.gob.cdmx.mpi.render.report.ReportModel;
import mx.gob.cdmx.mpi.render.report.ThresholdsView;

/**
 * Everything the packet shows, as views built once by {@link PacketModelBuilder} (the only packet
 * class that reads the plan, the measurements, the evaluation or the validation; {@code
 * ArchitectureTest} enforces it, docs/arquitectura.md): the report model shared with the PDF and
 * Markdown reports (figures already in es-MX), the options, the plan's thresholds, the indicators
 * in yellow or red with the notes that justify them, those with partial or no data, the data files
 * with their valid rows as received, the validation's findings, the provenance, and the table of
 * contents. The page classes print these values and compute none.
 */
record PacketModel(
    ReportModel report,
    PacketOptions options,
    ThresholdsView thresholds,
    List<Attention> attention,
    List<IndicatorView> incomplete,
    List<DataFile> files,
    int validRows,
    Validation validation,
    Provenance provenance,
    boolean sessionBeforeCutoff,
    LocalDate documentDay,
    List<TocEntry> toc) {

  static final String SUMMARY = "resumen";
  static final String FICHAS = "fichas";
  static final String ATTENTION = "alertas";
  static final String ANNEX_DATA = "anexo-a";
  static final String ANNEX_VALIDATION = "anexo-b";
  static final String ANNEX_METHOD = "anexo-c";
  static final String ANNEX_PROVENANCE = "anexo-d";
  static final String ANNEX_CRITERIA = "anexo-e";
  static final String CONTENTS = "indice";

  /**
   * One indicator in yellow or red: its view, its alert as the executive summary tells it (reason,
   * responsible areas, corrective action and commitment date) and every note of its to-date rows
   * with the file and line it comes from. Notes are notes: they are shown, not counted as a
   * justification.
   */
  record Attention(IndicatorView view, AlertView alert, List<SourcedNote> notes) {
    Attention {
      Objects.requireNonNull(view, "view");
      Objects.requireNonNull(alert, "alert");
      notes = List.copyOf(notes);
    }

    /** True when no row of the to-date window carries a corrective action. */
    boolean noAction() {
      return alert.noAction();
    }
  }

  /** A note with the file and line of the row that carries it. */
  record SourcedNote(NoteView note, String file, int line) {
    SourcedNote {
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(file, "file");
    }
  }

  /**
   * One data file as read: its name, encoding, delimiter in words («coma», «punto y coma»), rows,
   * SHA-256, and its valid rows in the order of their lines.
   */
  record DataFile(
      String name,
      String encoding,
      String delimiter,
      int rows,
      String sha256,
      List<DataRow> valid) {
    DataFile {
      Objects.requireNonNull(name, "name");
      valid = List.copyOf(valid);
    }
  }

  /**
   * One valid measurement row as received: the line where it starts, the indicator, the period's
   * code, the variable, the value as written, the note and the source («» when empty).
   */
  record DataRow(
      int line,
      String indicator,
      String period,
      String variable,
      String value,
      String note,
      String source) {}

  /**
   * What validation left: the warnings (those listed and {@code suppressed}, not listed) and one
   * finding per listed warning.
   */
  record Validation(long warnings, int suppressed, List<Finding> findings) {
    Validation {
      findings = List.copyOf(findings);
    }
  }

  /** A validation finding: where («archivo:línea:columna»), its code and its message. */
  record Finding(String where, String code, String message) {}

  /** The plan the packet was made with: id, title, file name, SHA-256, and whether built in. */
  record Provenance(
      String planId, String planTitle, String planFile, String planSha256, boolean embedded) {}

  PacketModel {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(thresholds, "thresholds");
    Objects.requireNonNull(validation, "validation");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(documentDay, "documentDay");
    attention = List.copyOf(attention);
    incomplete = List.copyOf(incomplete);
    files = List.copyOf(files);
    toc = List.copyOf(toc);
  }

  static String programKey(String programId) {
    return "programa-" + programId;
  }

  static String fichaKey(String indicatorId) {
    return "ficha-" + indicatorId;
  }

  /** The entry with this key. */
  TocEntry entry(String key) {
    return toc.stream()
        .filter(e -> e.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no TOC entry " + key));
  }
}
