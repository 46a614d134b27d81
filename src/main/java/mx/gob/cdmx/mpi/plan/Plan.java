package mx.gob.cdmx.mpi.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole annual work plan, as loaded and checked from its YAML file; {@code publication} holds the
 * rules of the public edition.
 */
public record Plan(
    String id,
    String institution,
    String shortName,
    int year,
    String title,
    String sourceDocument,
    Thresholds thresholds,
    String introduction,
    String mission,
    String vision,
    List<Program> programs,
    List<CronogramaRow> cronograma,
    List<Indicator> indicators,
    PlanSource source,
    Publication publication) {

  public Plan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(thresholds, "thresholds");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(publication, "publication");
    programs = List.copyOf(programs);
    cronograma = List.copyOf(cronograma);
    indicators = List.copyOf(indicators);
  }

  /** A plan with the default rules of the public edition ({@link Publication#DEFAULT}). */
  public Plan(
      String id,
      String institution,
      String shortName,
      int year,
      String title,
      String sourceDocument,
      Thresholds thresholds,
      String introduction,
      String mission,
      String vision,
      List<Program> programs,
      List<CronogramaRow> cronograma,
      List<Indicator> indicators,
      PlanSource source) {
    this(
        id,
        institution,
        shortName,
        year,
        title,
        sourceDocument,
        thresholds,
        introduction,
        mission,
        vision,
        programs,
        cronograma,
        indicators,
        source,
        Publication.DEFAULT);
  }

  /** The indicator with this id, if the plan has it. */
  public Optional<Indicator> indicator(String indicatorId) {
    return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst();
  }

  /** The programme with this id, if the plan has it. */
  public Optional<Program> program(String programId) {
    return programs.stream().filter(p -> p.id().equals(programId)).findFirst();
  }

  /** The cronograma row with this number, if present. */
  public Optional<CronogramaRow> cronogramaRow(int row) {
    return cronograma.stream().filter(r -> r.row() == row).findFirst();
  }

  /** Indicators grouped by programme, in plan order. */
  public Map<Program, List<Indicator>> indicatorsByProgram() {
    Map<Program, List<Indicator>> map = new LinkedHashMap<>();
    for (Program p : programs) {
      map.put(p, indicators.stream().filter(i -> i.programId().equals(p.id())).toList());
    }
    return map;
  }
}
