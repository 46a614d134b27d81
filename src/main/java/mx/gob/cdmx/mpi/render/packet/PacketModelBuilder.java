package mx.gob.cdmx.mpi.render.packet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.gob.cdmx.mpi.diagnostics.Problem;
import mx.gob.cdmx.mpi.evaluate.Evaluation;
import mx.gob.cdmx.mpi.evaluate.IndicatorResult;
import mx.gob.cdmx.mpi.evaluate.Status;
import mx.gob.cdmx.mpi.measure.Measurement;
import mx.gob.cdmx.mpi.measure.SourceFile;
import mx.gob.cdmx.mpi.period.MonthRange;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.plan.Variable;
import mx.gob.cdmx.mpi.render.report.AlertView;
import mx.gob.cdmx.mpi.render.report.IndicatorView;
import mx.gob.cdmx.mpi.render.report.NoteView;
import mx.gob.cdmx.mpi.render.report.ProgramSection;
import mx.gob.cdmx.mpi.render.report.ReportModel;
import mx.gob.cdmx.mpi.render.report.ThresholdsView;
import mx.gob.cdmx.mpi.validate.ValidationResult;

/**
 * Builds the {@link PacketModel} once per packet, from the evaluation, the validation result and
 * the options. It is the only class of the packet that reads the plan, the measurements, the
 * evaluation or the validation (docs/arquitectura.md); the pages read the model it returns.
 */
final class PacketModelBuilder {

  private PacketModelBuilder() {}

  /** The model of one packet. */
  static PacketModel build(
      Evaluation evaluation, ValidationResult validation, PacketOptions options) {
    ReportModel report = ReportModel.of(evaluation, options.date());
    Plan plan = evaluation.plan();
    List<Measurement> rows = evaluation.data().measurements();
    LocalDate cutoff = evaluation.period().endDate();
    return new PacketModel(
        report,
        options,
        ThresholdsView.of(plan.thresholds()),
        attention(evaluation, report),
        incomplete(report),
        files(evaluation.data().files(), rows),
        rows.size(),
        validation(validation),
        new PacketModel.Provenance(
            plan.id(),
            plan.title(),
            plan.source().name(),
            plan.source().sha256(),
            plan.source().embedded()),
        options.date() != null && options.date().isBefore(cutoff),
        // the PDF's creation and modification day (at 00:00 in Mexico City): the session date when
        // given, else the last day of the period, so that the bytes never depend on the clock
        options.date() != null ? options.date() : cutoff,
        toc(report));
  }

  /** The red indicators, then the yellow ones, each with the notes of its to-date rows. */
  private static List<PacketModel.Attention> attention(Evaluation evaluation, ReportModel report) {
    Map<String, IndicatorView> views =
        report.indicators().stream().collect(Collectors.toMap(IndicatorView::id, v -> v));
    Map<String, AlertView> alerts =
        report.executive().allAlerts().stream().collect(Collectors.toMap(AlertView::id, a -> a));
    MonthRange toDate = evaluation.period().toDate();
    List<PacketModel.Attention> red = new ArrayList<>();
    List<PacketModel.Attention> yellow = new ArrayList<>();
    for (IndicatorResult r : evaluation.results()) {
      if (r.status() == Status.RED || r.status() == Status.YELLOW) {
        List<PacketModel.SourcedNote> notes =
            evaluation.data().rows(r.indicator().id()).stream()
                .filter(m -> toDate.contains(m.period().months()))
                .filter(m -> m.note() != null && !m.note().isBlank())
                .sorted(Comparator.comparing(Measurement::period))
                .map(PacketModelBuilder::sourcedNote)
                .toList();
        PacketModel.Attention a =
            new PacketModel.Attention(
                views.get(r.indicator().id()), alerts.get(r.indicator().id()), notes);
        (r.status() == Status.RED ? red : yellow).add(a);
      }
    }
    red.addAll(yellow);
    return red;
  }

  private static PacketModel.SourcedNote sourcedNote(Measurement m) {
    NoteView note =
        new NoteView(
            m.period().months().label(),
            m.variable().equals(Variable.PRIMARY) ? null : m.variable(),
            m.note().strip(),
            m.source() == null || m.source().isBlank() ? null : m.source().strip());
    return new PacketModel.SourcedNote(note, m.file(), m.line());
  }

  /** The indicators with partial or no data, in plan order. */
  private static List<IndicatorView> incomplete(ReportModel report) {
    return report.indicators().stream()
        .filter(
            v ->
                v.status().code().equals(Status.PARTIAL.code())
                    || v.status().code().equals(Status.NO_DATA.code()))
        .toList();
  }

  /**
   * Each data file with its valid rows, in the order read. A period's code is written once and
   * shared by its rows: a national annex holds 240,000 rows of a few dozen periods.
   */
  private static List<PacketModel.DataFile> files(List<SourceFile> files, List<Measurement> rows) {
    Map<Period, String> codes = new HashMap<>();
    Function<Measurement, PacketModel.DataRow> row =
        m -> dataRow(m, codes.computeIfAbsent(m.period(), Period::code));
    Map<String, List<PacketModel.DataRow>> byFile =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    Measurement::file,
                    LinkedHashMap::new,
                    Collectors.mapping(row, Collectors.toList())));
    Function<SourceFile, PacketModel.DataFile> view =
        f ->
            new PacketModel.DataFile(
                f.name(),
                f.encoding(),
                f.delimiter() == ';'
                    ? "punto y coma"
                    : f.delimiter() == ',' ? "coma" : String.valueOf(f.delimiter()),
                f.rows(),
                f.sha256(),
                byFile.getOrDefault(f.name(), List.of()));
    return files.stream().map(view).toList();
  }

  private static PacketModel.DataRow dataRow(Measurement m, String period) {
    return new PacketModel.DataRow(
        m.line(),
        m.indicator(),
        period,
        m.variable(),
        m.value().toPlainString(),
        m.note() == null ? "" : m.note(),
        m.source() == null ? "" : m.source());
  }

  private static PacketModel.Validation validation(ValidationResult v) {
    List<PacketModel.Finding> findings = new ArrayList<>();
    for (Problem p : v.problems()) {
      String where =
          p.file()
              + (p.line() > 0 ? ":" + p.line() : "")
              + (p.column() > 0 ? ":" + p.column() : "");
      findings.add(new PacketModel.Finding(where, p.code(), p.message()));
    }
    return new PacketModel.Validation(v.warnings() + v.suppressed(), v.suppressed(), findings);
  }

  private static List<TocEntry> toc(ReportModel report) {
    List<TocEntry> toc = new ArrayList<>();
    toc.add(new TocEntry(PacketModel.CONTENTS, "Índice", 0, null));
    toc.add(new TocEntry(PacketModel.SUMMARY, "1. Resumen ejecutivo", 0, null));
    toc.add(new TocEntry(PacketModel.FICHAS, "2. Fichas de los indicadores", 0, null));
    for (ProgramSection p : report.programs()) {
      String programKey = PacketModel.programKey(p.id());
      toc.add(
          new TocEntry(programKey, "Programa " + p.id() + ". " + p.name(), 1, PacketModel.FICHAS));
      for (IndicatorView v : p.indicators()) {
        toc.add(new TocEntry(PacketModel.fichaKey(v.id()), v.id() + " " + v.name(), 2, programKey));
      }
    }
    toc.add(new TocEntry(PacketModel.ATTENTION, "3. Indicadores en amarillo y rojo", 0, null));
    toc.add(new TocEntry(PacketModel.ANNEX_DATA, "Anexo A. Mediciones recibidas", 0, null));
    toc.add(
        new TocEntry(PacketModel.ANNEX_VALIDATION, "Anexo B. Resultado de la validación", 0, null));
    toc.add(
        new TocEntry(
            PacketModel.ANNEX_METHOD, "Anexo C. Metodología, umbrales y glosario", 0, null));
    toc.add(new TocEntry(PacketModel.ANNEX_PROVENANCE, "Anexo D. Procedencia", 0, null));
    if (report.indicators().stream().anyMatch(v -> v.plan().interpretation() != null)) {
      toc.add(
          new TocEntry(
              PacketModel.ANNEX_CRITERIA, "Anexo E. Criterios de interpretación", 0, null));
    }
    return toc;
  }
}
