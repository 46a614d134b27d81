package mx.gob.cdmx.mpi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of the distribution made from the command model: man page and completion script. */
class DistFilesTest {

  @Test
  void manPageHasEveryCommandInTroff(@TempDir Path dir) throws IOException {
    DistFiles.write(dir);
    String page = Files.readString(dir.resolve("man/man1/mpi.1"));
    assertThat(page).startsWith(".\\\" Generado por mpi").contains("\n.TH MPI 1 \"");
    assertThat(page)
        .contains(
            ".SH NOMBRE",
            ".SH SINOPSIS",
            ".SH OPCIONES",
            ".SH COMANDOS",
            ".SS \"mpi validate\"",
            ".SS \"mpi plan lint\"",
            ".SS \"mpi completion\"",
            "\\fB\\-\\-format\\fR=\\fIFORMATO\\fR",
            "Ejemplos:");
    // No line may start with a dot that troff would take for a request, except requests.
    for (String line : page.split("\n")) {
      if (line.startsWith(".")) {
        assertThat(line).matches("^\\.(\\\\\"|TH|SH|SS|TP|PP|nf|fi)( .*)?$");
      }
    }
  }

  @Test
  void troffEscapesHyphensBackslashesAndLeadingDots() {
    assertThat(ManPage.escape("--plan a\\b")).isEqualTo("\\-\\-plan a\\eb");
    assertThat(ManPage.escape(".oculto\n'cita")).isEqualTo("\\&.oculto\n\\&'cita");
  }

  @Test
  void completionScriptHasOnlyAsciiVariableNames(@TempDir Path dir) throws IOException {
    // Regression: picocli named a bash variable after the label CUÁNDO and bash refused the script.
    DistFiles.write(dir);
    String script = Files.readString(dir.resolve("completion/mpi.bash"));
    assertThat(script).doesNotContainPattern("[^\\x00-\\x7F]");
    assertThat(script).contains("CUANDO_option_args");
    assertThat(CompletionCommand.asciiNames("local AÑO_option_args=(x) # ok"))
        .isEqualTo("local ANO_option_args=(x) # ok");
  }
}
