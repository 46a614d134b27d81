package mx.gob.cdmx.mpi.render.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import mx.gob.cdmx.mpi.diagnostics.Problem;
import org.junit.jupiter.api.Test;

/** The Markdown summary of every problem, for a CI job's summary page. */
class MarkdownProblemsTest {

  @Test
  void everyProblemIsARowWithItsLevelInWordsAndRelativePath() {
    var r =
        ProblemFormatTest.result(
            List.of(
                Problem.error("/w/datos/enero.csv", 3, 7, "bad-period", "periodo malo"),
                Problem.warning("/w/datos/enero.csv", 0, 0, "file-not-utf8", "no es UTF-8")),
            0);
    String md = MarkdownProblems.render(r, "0.1.0", new CiContext(Path.of("/w"), null));
    assertThat(md)
        .isEqualTo(
            "## Validación de mediciones (mpi 0.1.0)\n\n"
                + "**Hay errores.** 1 archivo, 3 filas: 1 error, 1 advertencia.\n\n"
                + "| nivel | archivo | línea | columna | código | mensaje |\n"
                + "|---|---|---:|---:|---|---|\n"
                + "| **error** | `datos/enero.csv` | 3 | 7 | `bad-period` | periodo malo |\n"
                + "| advertencia | `datos/enero.csv` |  |  | `file-not-utf8` | no es UTF-8 |\n");
  }

  @Test
  void noProblemsIsOneLineWithoutTable() {
    String md =
        MarkdownProblems.render(ProblemFormatTest.result(List.of(), 0), "0.1.0", CiContext.NONE);
    assertThat(md).endsWith("**Sin errores.** 1 archivo, 3 filas: sin errores ni advertencias.\n");
    assertThat(md).doesNotContain("| nivel |");
  }

  @Test
  void cellsCannotBreakTheTableOrInjectMarkup() {
    assertThat(MarkdownProblems.cell("a|b\nc <script> & *x* [l](u) `c`"))
        .isEqualTo("a\\|b c &lt;script&gt; &amp; \\*x\\* \\[l\\](u) \\`c\\`");
  }
}
