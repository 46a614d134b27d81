package mx.gob.cdmx.mpi.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import mx.gob.cdmx.mpi.plan.Dimension;
import mx.gob.cdmx.mpi.plan.Indicator;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.plan.Publication;
import mx.gob.cdmx.mpi.plan.Transparency;
import org.junit.jupiter.api.Test;

/** The plan fields of the public edition: {@code publico.umbral}, {@code cuenta_personas}, … */
class PlanPublicFieldsTest {

  private static String minimal() throws IOException {
    return new String(PlanReaderTest.resource("minimal.yaml"), StandardCharsets.UTF_8);
  }

  private static PlanReader.Result read(String text) {
    return PlanReader.read("p.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  /** The minimal plan with {@code extra} lines added to its only indicator. */
  private static String withIndicatorLines(String extra) throws IOException {
    return minimal().replace("    sentido: ascendente\n", "    sentido: ascendente\n" + extra);
  }

  @Test
  void withoutTheFieldsThePlanCountsNoPeopleAndUsesTheDefaultThreshold() throws IOException {
    PlanReader.Result r = read(minimal());
    assertThat(r.problems()).isEmpty();
    assertThat(r.plan().publication().threshold()).isEqualTo(5);
    assertThat(r.plan().indicators().get(0).transparency()).isEqualTo(Transparency.NONE);
  }

  @Test
  void readsTheThresholdAndTheIndicatorFields() throws IOException {
    String text =
        withIndicatorLines(
                "    cuenta_personas: true\n    dimension: calidad\n    meta_ajustada: 6\n")
            .replace("indicadores:\n", "publico:\n  umbral: 3\nindicadores:\n");
    PlanReader.Result r = read(text);
    assertThat(r.problems()).isEmpty();
    assertThat(r.plan().publication()).isEqualTo(new Publication(3));
    assertThat(r.plan().indicators().get(0).transparency())
        .isEqualTo(new Transparency(true, Dimension.QUALITY, new BigDecimal("6")));
  }

  @Test
  void aThresholdBelowOneIsAnErrorAtItsValue() throws IOException {
    String text = minimal().replace("indicadores:\n", "publico:\n  umbral: 0\nindicadores:\n");
    PlanReader.Result r = read(text);
    assertThat(r.plan()).isNull();
    // "publico:" is on line 15, "  umbral: 0" on line 16; the value starts at column 11.
    assertThat(r.problems())
        .anySatisfy(
            p -> {
              assertThat(p.line()).isEqualTo(16);
              assertThat(p.column()).isEqualTo(11);
              assertThat(p.message()).contains("«umbral» vale 0").contains("de 1 en adelante");
            });
  }

  @Test
  void cuentaPersonasMustBeTrueOrFalse() throws IOException {
    PlanReader.Result r = read(withIndicatorLines("    cuenta_personas: sí\n"));
    assertThat(r.plan()).isNull();
    assertThat(r.problems())
        .anySatisfy(
            p -> assertThat(p.message()).contains("«cuenta_personas» debe ser true o false"));
  }

  @Test
  void aDimensionOutsideTheCatalogueNamesTheCatalogue() throws IOException {
    PlanReader.Result r = read(withIndicatorLines("    dimension: eficiente\n"));
    assertThat(r.plan()).isNull();
    assertThat(r.problems())
        .anySatisfy(
            p ->
                assertThat(p.message())
                    .contains("«dimension» vale «eficiente»")
                    .contains("eficacia, eficiencia, calidad, economia"));
  }

  @Test
  void aNegativeAdjustedTargetIsAnError() throws IOException {
    PlanReader.Result r = read(withIndicatorLines("    meta_ajustada: -2\n"));
    assertThat(r.plan()).isNull();
    assertThat(r.problems())
        .anySatisfy(p -> assertThat(p.message()).contains("la meta ajustada -2 es negativa"));
  }

  /** The decisions of docs/plan-formato.md, written here by hand from that table. */
  @Test
  void thePlan2025MarksTheIndicatorsThatCountPeopleOrCases() {
    Plan plan = PlanReader.readEmbedded().plan();
    assertThat(plan.publication().threshold()).isEqualTo(5);
    assertThat(
            plan.indicators().stream()
                .filter(i -> i.transparency().countsPeople())
                .map(Indicator::id))
        .containsExactly("1.2.1", "1.2.2a", "1.2.2b", "1.2.3", "1.4", "1.5.1");
    assertThat(
            plan.indicators().stream()
                .filter(i -> i.transparency().dimension() == null)
                .map(Indicator::id))
        .containsExactly("1.1.cc", "1.5.bdh");
    assertThat(plan.indicators())
        .allSatisfy(i -> assertThat(i.transparency().adjustedTarget()).isNull());
  }
}
