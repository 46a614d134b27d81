package mx.gob.cdmx.mpi.render.packet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import mx.gob.cdmx.mpi.evaluate.Evaluation;
import mx.gob.cdmx.mpi.evaluate.IndicatorResult;
import mx.gob.cdmx.mpi.evaluate.Status;
import mx.gob.cdmx.mpi.measure.Measurement;
import mx.gob.cdmx.mpi.period.MonthRange;
import mx.gob.cdmx.mpi.render.report.IndicatorView;
import mx.gob.cdmx.mpi.render.report.ProgramSection;
import mx.gob.cdmx.mpi.render.report.ReportModel;
import mx.gob.cdmx.mpi.validate.ValidationResult;

/**
 * Everything the packet shows, gathered once: the report model (figures already in es-MX), the
 * evaluation it comes from, the validation result, the options, the indicators in yellow or red
 * with the notes that justify them, and the table of contents.
 */
record PacketModel(
    ReportModel report,
    Evaluation evaluation,
    ValidationResult validation,
    PacketOptions options,
    List<Attention> attention,
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

  /** One indicator in yellow or red, with every note of its to-date rows as justification. */
  record Attention(IndicatorView view, IndicatorResult result, List<Measurement> notes) {
    Attention {
      notes = List.copyOf(notes);
    }

    /** True when no row of the to-date window carries a note. */
    boolean unjustified() {
      return notes.isEmpty();
    }
  }

  PacketModel {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(validation, "validation");
    Objects.requireNonNull(options, "options");
    attention = List.copyOf(attention);
    toc = List.copyOf(toc);
  }

  /** The model of one packet. */
  static PacketModel of(Evaluation evaluation, ValidationResult validation, PacketOptions options) {
    ReportModel report = ReportModel.of(evaluation, options.date());
    Map<String, IndicatorView> views =
        report.indicators().stream().collect(Collectors.toMap(IndicatorView::id, v -> v));
    MonthRange toDate = evaluation.period().toDate();
    List<Attention> attention = new ArrayList<>();
    for (IndicatorResult r : evaluation.results()) {
      if (r.status() == Status.RED || r.status() == Status.YELLOW) {
        List<Measurement> notes =
            evaluation.data().rows(r.indicator().id()).stream()
                .filter(m -> toDate.contains(m.period().months()))
                .filter(m -> m.note() != null && !m.note().isBlank())
                .sorted(Comparator.comparing(Measurement::period))
                .toList();
        attention.add(new Attention(views.get(r.indicator().id()), r, notes));
      }
    }
    attention.sort(
        Comparator.comparing((Attention a) -> a.result().status() == Status.RED ? 0 : 1));
    return new PacketModel(report, evaluation, validation, options, attention, toc(report));
  }

  private static List<TocEntry> toc(ReportModel report) {
    List<TocEntry> toc = new ArrayList<>();
    toc.add(new TocEntry(CONTENTS, "Índice", 0, null));
    toc.add(new TocEntry(SUMMARY, "1. Resumen ejecutivo", 0, null));
    toc.add(new TocEntry(FICHAS, "2. Fichas de los indicadores", 0, null));
    for (ProgramSection p : report.programs()) {
      String programKey = programKey(p.id());
      toc.add(new TocEntry(programKey, "Programa " + p.id() + ". " + p.name(), 1, FICHAS));
      for (IndicatorView v : p.indicators()) {
        toc.add(new TocEntry(fichaKey(v.id()), v.id() + " " + v.name(), 2, programKey));
      }
    }
    toc.add(new TocEntry(ATTENTION, "3. Indicadores en amarillo y rojo", 0, null));
    toc.add(new TocEntry(ANNEX_DATA, "Anexo A. Mediciones recibidas", 0, null));
    toc.add(new TocEntry(ANNEX_VALIDATION, "Anexo B. Resultado de la validación", 0, null));
    toc.add(new TocEntry(ANNEX_METHOD, "Anexo C. Metodología, umbrales y glosario", 0, null));
    toc.add(new TocEntry(ANNEX_PROVENANCE, "Anexo D. Procedencia", 0, null));
    if (report.indicators().stream().anyMatch(v -> v.plan().interpretation() != null)) {
      toc.add(new TocEntry(ANNEX_CRITERIA, "Anexo E. Criterios de interpretación", 0, null));
    }
    return toc;
  }

  static String programKey(String programId) {
    return "programa-" + programId;
  }

  static String fichaKey(String indicatorId) {
    return "ficha-" + indicatorId;
  }

  /** True when the session date is given and falls before the last day of the period. */
  boolean sessionBeforeCutoff() {
    return options.date() != null && options.date().isBefore(evaluation.period().endDate());
  }

  /** The entry with this key. */
  TocEntry entry(String key) {
    return toc.stream()
        .filter(e -> e.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no TOC entry " + key));
  }

  /**
   * The day written as the PDF's creation and modification date (at 00:00 in Mexico City): the
   * session date when given, else the last day of the period, so that the bytes never depend on the
   * clock.
   */
  LocalDate documentDay() {
    return options.date() != null ? options.date() : evaluation.period().endDate();
  }
}
