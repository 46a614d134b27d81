package mx.gob.cdmx.mpi.render.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import mx.gob.cdmx.mpi.evaluate.Evaluation;
import mx.gob.cdmx.mpi.evaluate.Evaluator;
import mx.gob.cdmx.mpi.io.PlanReader;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.render.report.IndicatorView;
import mx.gob.cdmx.mpi.render.report.NoteView;
import mx.gob.cdmx.mpi.render.report.ThresholdsView;
import mx.gob.cdmx.mpi.validate.ValidationResult;
import mx.gob.cdmx.mpi.validate.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packet's view model, built once from a small plan and two data files whose figures are worked
 * out by hand: annual target 40 per indicator, a quarterly schedule 25/50/75/100, so the to-date
 * target at the end of 2025-Q2 is 20.
 */
class PacketModelBuilderTest {

  private static final String PLAN =
      """
      id: plan-modelo
      institucion: "Institución de prueba"
      nombre_corto: "MODELO"
      anio: 2025
      titulo: "PLAN DEL MODELO"
      semaforo:
        verde: 85
        amarillo: 60.5
        sobrecumplimiento: 120
      programas:
        - id: "1"
          nombre: "PROGRAMA UNO"
      indicadores:
      """;

  private static Path dir;
  private static Evaluation evaluation;
  private static ValidationResult validation;

  @BeforeAll
  static void evaluate(@TempDir Path temp) throws IOException {
    dir = temp;
    StringBuilder yaml = new StringBuilder(PLAN);
    for (int i = 1; i <= 5; i++) {
      yaml.append("  - id: \"1.")
          .append(i)
          .append("\"\n    programa: \"1\"\n    nombre: \"Acción ")
          .append(i)
          .append("\"\n    meta: 40\n    unidad: \"acciones\"\n")
          .append("    calendario: [25, 50, 75, 100]\n    sentido: ascendente\n")
          .append("    formula: \"realizadas / programadas * 100\"\n    variables:\n")
          .append("      - {nombre: realizadas, tipo: entero, agregacion: suma}\n");
    }
    Path planFile = dir.resolve("plan.yaml");
    Files.writeString(planFile, yaml, StandardCharsets.UTF_8);
    // 1.1: 10 + 10 = 20 of 20, green; 1.2: 8 + 8 = 16 of 20, 80 %, yellow; 1.3: 2 + 2 = 4 of 20,
    // 20 %, red; 1.4: only the first quarter, partial; 1.5: no rows, no data.
    Files.writeString(
        dir.resolve("a.csv"),
        "indicador,periodo,valor,nota,fuente\n"
            + "1.1,2025-Q1,10,,Actas\n"
            + "1.1,2025-Q2,10,,Actas\n"
            + "1.2,2025-Q2,8,  Retraso por lluvias.  ,Minutas\n"
            + "1.2,2025-Q1,8,Inicio tardío.,\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("b.csv"),
        "indicador;periodo;valor;nota\n"
            + "1.3;2025-Q1;2;\n"
            + "1.3;2025-Q2;2;\n"
            + "1.4;2025-Q1;5;Sesión única\n",
        Charset.forName("windows-1252"));
    PlanReader.Result read = PlanReader.read(planFile);
    assertThat(read.problems()).isEmpty();
    Plan plan = read.plan();
    validation = Validator.validate(plan, List.of(dir.resolve("a.csv"), dir.resolve("b.csv")));
    assertThat(validation.hasErrors()).isFalse();
    evaluation = Evaluator.evaluate(plan, validation.data(), Period.parse("2025-Q2"));
  }

  private static PacketModel model(LocalDate date) {
    return PacketModelBuilder.build(
        evaluation, validation, new PacketOptions(" Sesión ", date, "1.2.3"));
  }

  @Test
  void redBeforeYellowEachWithItsNotesInPeriodOrderAndWhereTheyCameFrom() {
    List<PacketModel.Attention> attention = model(null).attention();
    assertThat(attention).extracting(a -> a.view().id()).containsExactly("1.3", "1.2");
    assertThat(attention.get(0).view().status().code()).isEqualTo("red");
    assertThat(attention.get(0).notes()).isEmpty();
    // no «accion» column in these files: both are flagged «Sin acción correctiva», notes or not
    assertThat(attention.get(0).noAction()).isTrue();
    PacketModel.Attention yellow = attention.get(1);
    assertThat(yellow.view().status().code()).isEqualTo("yellow");
    assertThat(yellow.notes()).isNotEmpty();
    assertThat(yellow.noAction()).isTrue();
    assertThat(yellow.alert().reason()).isEqualTo("Retraso por lluvias.");
    // the first quarter's note (line 5) before the second's (line 4); the text stripped
    assertThat(yellow.notes()).extracting(PacketModel.SourcedNote::line).containsExactly(5, 4);
    NoteView second = yellow.notes().get(1).note();
    assertThat(second.text()).isEqualTo("Retraso por lluvias.");
    assertThat(second.variable()).isNull();
    assertThat(second.source()).isEqualTo("Minutas");
    assertThat(yellow.notes().get(0).note().source()).isNull();
    assertThat(yellow.notes().get(1).file()).endsWith("a.csv");
  }

  @Test
  void theIncompleteAreThePartialAndTheMissingInPlanOrder() {
    assertThat(model(null).incomplete())
        .extracting(IndicatorView::id, v -> v.status().code())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1.4", "partial"),
            org.assertj.core.groups.Tuple.tuple("1.5", "no-data"));
  }

  @Test
  void eachFileKeepsItsValidRowsAsReceivedInLineOrder() {
    PacketModel m = model(null);
    assertThat(m.validRows()).isEqualTo(7);
    assertThat(m.files())
        .extracting(PacketModel.DataFile::delimiter)
        .containsExactly("coma", "punto y coma");
    assertThat(m.files()).extracting(PacketModel.DataFile::rows).containsExactly(4, 3);
    PacketModel.DataFile a = m.files().get(0);
    // as received: the reader trims a cell's outer spaces, an empty note or source prints as ""
    assertThat(a.sha256()).hasSize(64);
    assertThat(a.valid())
        .containsExactly(
            new PacketModel.DataRow(2, "1.1", "2025-Q1", "realizadas", "10", "", "Actas"),
            new PacketModel.DataRow(3, "1.1", "2025-Q2", "realizadas", "10", "", "Actas"),
            new PacketModel.DataRow(
                4, "1.2", "2025-Q2", "realizadas", "8", "Retraso por lluvias.", "Minutas"),
            new PacketModel.DataRow(5, "1.2", "2025-Q1", "realizadas", "8", "Inicio tardío.", ""));
    assertThat(m.files().get(1).valid())
        .extracting(PacketModel.DataRow::note)
        .containsExactly("", "", "Sesión única");
  }

  @Test
  void theWarningsWithWhereTheyWereFoundAndTheThresholdsInEsMx() {
    PacketModel m = model(null);
    assertThat(m.validation().warnings()).isEqualTo(1);
    assertThat(m.validation().suppressed()).isZero();
    PacketModel.Finding f = m.validation().findings().get(0);
    assertThat(f.code()).isEqualTo("file-not-utf8");
    assertThat(f.where()).endsWith("b.csv:4");
    assertThat(m.thresholds()).isEqualTo(new ThresholdsView("85", "60.5", "120"));
  }

  @Test
  void theProvenanceNamesThePlanFileAndTheDayNeverComesFromTheClock() {
    PacketModel undated = model(null);
    assertThat(undated.provenance().planId()).isEqualTo("plan-modelo");
    assertThat(undated.provenance().planTitle()).isEqualTo("PLAN DEL MODELO");
    assertThat(undated.provenance().embedded()).isFalse();
    assertThat(undated.provenance().planFile()).endsWith("plan.yaml");
    assertThat(undated.provenance().planSha256()).hasSize(64);
    assertThat(undated.documentDay()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(undated.sessionBeforeCutoff()).isFalse();
    PacketModel early = model(LocalDate.of(2025, 6, 26));
    assertThat(early.documentDay()).isEqualTo(LocalDate.of(2025, 6, 26));
    assertThat(early.sessionBeforeCutoff()).isTrue();
    assertThat(model(LocalDate.of(2025, 6, 30)).sessionBeforeCutoff()).isFalse();
    assertThat(early.options().session()).isEqualTo("Sesión");
  }

  @Test
  void theContentsListEveryFichaUnderItsProgrammeAndNoCriteriaAnnexWithoutReadings() {
    List<TocEntry> toc = model(null).toc();
    assertThat(toc)
        .extracting(TocEntry::title)
        .contains("Programa 1. PROGRAMA UNO", "1.1 Acción 1", "1.5 Acción 5")
        .doesNotContain("Anexo E. Criterios de interpretación");
    assertThat(model(null).entry(PacketModel.fichaKey("1.3")).parent())
        .isEqualTo(PacketModel.programKey("1"));
  }
}
