package mx.gob.cdmx.mpi.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportMarkdownTest {

  @TempDir Path dir;

  private MarkdownTemplates template(String text) throws IOException {
    Files.writeString(dir.resolve(MarkdownTemplates.REPORT), text, StandardCharsets.UTF_8);
    return MarkdownTemplates.of(dir);
  }

  @Test
  void escapesMarkdownMetacharacters() {
    assertThat(MarkdownOutputFormat.escape("a | b *c* _d_ [e](f) <g> #h ~i~ $5 & `j` \\"))
        .isEqualTo(
            "a \\| b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\> \\#h \\~i\\~ \\$5 &amp; " + "\\`j\\` \\\\");
  }

  @Test
  void escapesAMarkerThatWouldStartABlock() {
    assertThat(MarkdownOutputFormat.escape("- guion")).isEqualTo("\\- guion");
    assertThat(MarkdownOutputFormat.escape("+ más")).isEqualTo("\\+ más");
    assertThat(MarkdownOutputFormat.escape("---")).isEqualTo("\\---");
    assertThat(MarkdownOutputFormat.escape("2025. Año")).isEqualTo("2025\\. Año");
    assertThat(MarkdownOutputFormat.escape("1) uno")).isEqualTo("1\\) uno");
    assertThat(MarkdownOutputFormat.escape("1.5 y 1.1.1")).isEqualTo("1.5 y 1.1.1");
    assertThat(MarkdownOutputFormat.escape("-3")).isEqualTo("-3");
  }

  @Test
  void keepsLineBreaksInsideATableCell() {
    assertThat(MarkdownOutputFormat.escape("uno\r\ndos\nsin\ttab"))
        .isEqualTo("uno<br>dos<br>sin tab");
  }

  @Test
  void escapesEveryInterpolationUnlessTold() throws Exception {
    MarkdownTemplates t = template("${text} | ${text?no_esc}");

    assertThat(t.render(MarkdownTemplates.REPORT, Map.of("text", "*x*")))
        .isEqualTo("\\*x\\* | *x*");
  }

  @Test
  void formatsNumbersInEsMxRoundingHalfUp() throws Exception {
    MarkdownTemplates t =
        template(
            "${a} ${b} ${c?string[\"@esmx 1\"]} ${d} ${e?string[\"@esmx 0\"]} "
                + "${f?string[\"@esmx 2\"]}");

    String out =
        t.render(
            MarkdownTemplates.REPORT,
            Map.of(
                "a",
                new BigDecimal("0.125"),
                "b",
                new BigDecimal("1234.5"),
                "c",
                new BigDecimal("0.05"),
                "d",
                2.675,
                "e",
                2.5,
                "f",
                new BigDecimal("-1234.005")));

    assertThat(out).isEqualTo("0.13 1,234.5 0.1 2.68 3 -1,234.01");
  }

  @Test
  void refusesNewBecauseItCouldRunPrograms() throws Exception {
    MarkdownTemplates t =
        template("# Informe\n${\"freemarker.template.utility.Execute\"?new()(\"id\")}\n");

    assertThatThrownBy(() -> t.render(MarkdownTemplates.REPORT, Map.of()))
        .isInstanceOf(TemplateProblem.class)
        .hasMessageContaining("plantilla «informe.md.ftl», línea 2")
        .hasMessageContaining("«?new» está prohibido")
        .hasMessageContaining("ejecutar programas");
  }

  @Test
  void refusesApiBecauseItExposesJavaObjects() throws Exception {
    MarkdownTemplates t = template("${data?api.getClass().getName()}");

    assertThatThrownBy(() -> t.render(MarkdownTemplates.REPORT, Map.of("data", Map.of("a", 1))))
        .isInstanceOf(TemplateProblem.class)
        .hasMessageContaining("línea 1")
        .hasMessageContaining("«?api» está prohibido");
  }

  @Test
  void reportsASyntaxErrorWithLineAndColumn() throws Exception {
    MarkdownTemplates t = template("uno\n<#if>\n");

    assertThatThrownBy(() -> t.render(MarkdownTemplates.REPORT, Map.of()))
        .isInstanceOf(TemplateProblem.class)
        .hasMessageContaining("plantilla «informe.md.ftl», línea 2, columna")
        .hasMessageContaining("error de sintaxis");
  }

  @Test
  void reportsAMissingVariable() throws Exception {
    MarkdownTemplates t = template("${report.nope}");

    assertThatThrownBy(() -> t.render(MarkdownTemplates.REPORT, Map.of("report", Map.of())))
        .isInstanceOf(TemplateProblem.class)
        .hasMessageContaining("la plantilla usa un valor que no existe o está vacío")
        .hasMessageNotContaining("evaluated to null or missing");
  }

  @Test
  void reportsAValueOfTheWrongTypeInSpanish() throws Exception {
    MarkdownTemplates t = template("<#list 3 as x>${x}</#list>");

    assertThatThrownBy(() -> t.render(MarkdownTemplates.REPORT, Map.of()))
        .isInstanceOf(TemplateProblem.class)
        .hasMessageContaining("la plantilla usa un valor de otro tipo que el que se espera ahí");
  }

  @Test
  void cannotReadFilesOutsideItsFolder() throws Exception {
    Files.writeString(dir.getParent().resolve("secreto.txt"), "secreto");
    MarkdownTemplates t = template("<#include \"../secreto.txt\">");

    assertThatThrownBy(() -> t.render(MarkdownTemplates.REPORT, Map.of()))
        .isInstanceOf(TemplateProblem.class);
  }

  @Test
  void percentEncodesChartLinks() {
    assertThat(MarkdownReport.link("mi informe (1)-graficas", "avance.svg"))
        .isEqualTo("mi%20informe%20%281%29-graficas/avance.svg");
    assertThat(MarkdownReport.link("informe-2025-Q2-graficas", "estados.svg"))
        .isEqualTo("informe-2025-Q2-graficas/estados.svg");
  }

  @Test
  void escapesTextInSvg() {
    assertThat(SvgCharts.xml("a<b>&\"c'\u0001")).isEqualTo("a&lt;b&gt;&amp;&quot;c&apos; ");
  }

  @Test
  void shortensLongChartLabelsWithAnEllipsis() {
    assertThat(mx.gob.cdmx.mpi.render.report.ChartScale.shorten("abcdef", 4)).isEqualTo("abc…");
    assertThat(mx.gob.cdmx.mpi.render.report.ChartScale.shorten("abcd", 4)).isEqualTo("abcd");
  }
}
