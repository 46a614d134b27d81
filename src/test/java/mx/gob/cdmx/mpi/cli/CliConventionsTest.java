package mx.gob.cdmx.mpi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The command-line conventions of docs/cli.md: «mpi help COMANDO», «¿quiso decir …?» for mistyped
 * commands and options, examples and exit codes in every help, «-» for standard input, and the
 * version with its commit and date.
 */
class CliConventionsTest {

  /** Every command path of the tool, found by walking the command tree (new commands included). */
  static Stream<String> commandPaths() {
    CommandLine root =
        new CommandLine(
            new MpiCommand(
                java.io.InputStream.nullInputStream(),
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                null));
    List<String> paths = new ArrayList<>();
    walk(root, "", paths);
    return paths.stream();
  }

  private static void walk(CommandLine cl, String prefix, List<String> paths) {
    paths.add(prefix.strip());
    cl.getSubcommands().forEach((name, sub) -> walk(sub, prefix + " " + name, paths));
  }

  private static String[] args(String path, String... more) {
    List<String> a = new ArrayList<>();
    if (!path.isEmpty()) {
      a.addAll(List.of(path.split(" ")));
    }
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  @ParameterizedTest(name = "mpi {0} --help")
  @MethodSource("commandPaths")
  void everyHelpHasExamplesAndExitCodes(String path) {
    CliRun r = CliRun.run(args(path, "--help"));
    assertThat(r.code()).as("exit code of mpi %s --help", path).isZero();
    String help = r.out();
    assertThat(help).as("help of «mpi %s»", path).contains("Ejemplos:", "Códigos de salida:");
    int from = help.indexOf("Ejemplos:");
    int to = help.indexOf("Códigos de salida:");
    assertThat(to).as("exit codes after the examples in «mpi %s»", path).isGreaterThan(from);
    for (String line : help.substring(from, to).split("\n")) {
      if (!line.isBlank() && !line.equals("Ejemplos:")) {
        assertThat(line)
            .as("an example line of «mpi %s» wrapped by the 80-column help: keep them short", path)
            .startsWith("  ");
      }
    }
  }

  @ParameterizedTest(name = "mpi help {0}")
  @MethodSource("commandPaths")
  void helpCommandPrintsTheSameTextAsDashDashHelp(String path) {
    CliRun help = CliRun.run(args("help " + path));
    assertThat(help.code()).isZero();
    assertThat(help.out()).isEqualTo(CliRun.run(args(path, "--help")).out());
  }

  @Test
  void mistypedCommandSuggestsTheClosestInSpanish() {
    CliRun r = CliRun.run("valdate", "examples/");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("comando desconocido: valdate; ¿quiso decir validate?");
    assertThat(r.err()).doesNotContain("Did you mean");
  }

  @Test
  void mistypedSubcommandAndHelpTopicAreSuggestedToo() {
    assertThat(CliRun.run("plan", "lnit").err()).contains("¿quiso decir lint?");
    CliRun r = CliRun.run("help", "evalute");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("comando desconocido: evalute; ¿quiso decir evaluate?");
  }

  @Test
  void mistypedOptionSuggestsTheClosestOptionOfThatCommand() {
    CliRun r = CliRun.run("validate", "--strct", "examples/");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("opción desconocida: --strct; ¿quiso decir --strict?");
    // A prefix of an option is suggested although it is far by edit distance.
    assertThat(CliRun.run("validate", "--form=github", "examples/").err())
        .contains("opción desconocida: --form; ¿quiso decir --format?");
    assertThat(CliRun.run("evaluate", "--period", "2025-Q2", "--fromat", "csv", "examples/").err())
        .contains("opción desconocida: --fromat; ¿quiso decir --format?");
  }

  @Test
  void wordFarFromEveryCommandGetsNoSuggestion() {
    CliRun r = CliRun.run("zzzzzz");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("comando desconocido: zzzzzz").doesNotContain("quiso decir");
  }

  @Test
  void dashReadsTheDataFromStandardInput() throws IOException {
    byte[] csv = "indicador,periodo,valor\n1.1.2,2025-Q1,3\n".getBytes(StandardCharsets.UTF_8);
    CliRun ok = CliRun.withStdin(csv, "validate", "-");
    assertThat(ok.code()).as(ok.all()).isZero();
    assertThat(ok.out()).contains("1 archivo, 1 fila: sin errores ni advertencias.");

    byte[] broken = "indicador,periodo,valor\n1.1.2,2025-Q5,3\n".getBytes(StandardCharsets.UTF_8);
    CliRun bad = CliRun.withStdin(broken, "validate", "-");
    assertThat(bad.code()).isEqualTo(1);
    // Named «-» (as typed), line 2 column 7, with the line quoted from the copy of stdin.
    assertThat(bad.out()).contains("-:2:7: error").contains("    1.1.2,2025-Q5,3");
    assertThat(bad.out()).doesNotContain("mpi-entrada-");
  }

  @Test
  void standardInputCopyIsDeletedAfterTheRun() throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    long before = copies(tmp);
    CliRun.withStdin("indicador,periodo,valor\n".getBytes(StandardCharsets.UTF_8), "validate", "-");
    assertThat(copies(tmp)).isEqualTo(before);
  }

  private static long copies(Path tmp) throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.filter(p -> p.getFileName().toString().startsWith("mpi-entrada-")).count();
    }
  }

  @Test
  void dashTwiceIsAUsageError() {
    CliRun r = CliRun.withStdin(new byte[0], "validate", "-", "-");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("la entrada estándar («-») sólo puede leerse una vez");
  }

  @Test
  void versionNamesTheCommitAndTheBuildDate() {
    CliRun r = CliRun.run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .containsPattern("(?m)^mpi \\d+\\.\\d+\\.\\d+")
        .containsPattern("(?m)^revisión \\S+, compilado el \\S+ \\(fecha de la revisión\\)$");
  }

  @Test
  void versionFromTheBuildResource() {
    Properties p = new Properties();
    p.setProperty("version", "1.2.3");
    p.setProperty("commit", "0123456789");
    p.setProperty("commit.dirty", "true");
    p.setProperty("date", "2026-03-04T05:06:07Z");
    String[] lines = new Version(p).getVersion();
    assertThat(lines[0]).isEqualTo("mpi 1.2.3");
    assertThat(lines[1])
        .isEqualTo("revisión 0123456789+cambios, compilado el 2026-03-04 (fecha de la revisión)");
  }

  @Test
  void versionBuiltWithoutGitSaysUnknown() {
    Properties p = new Properties();
    p.setProperty("version", "1.2.3");
    p.setProperty("commit", "${mpi.git.commit}");
    p.setProperty("commit.dirty", "${mpi.git.dirty}");
    p.setProperty("date", "${mpi.git.date}");
    assertThat(new Version(p).getVersion()[1])
        .isEqualTo("revisión desconocida, compilado el desconocida (fecha de la revisión)");
  }

  private static String docsUrl(String remote) {
    Properties p = new Properties();
    p.setProperty("commit.full", "0123456789abcdef0123456789abcdef01234567");
    p.setProperty("remote", remote);
    return new Version(p).docsUrl();
  }

  @Test
  void docsAddressComesFromTheOriginWithoutCredentials() {
    String c = "0123456789abcdef0123456789abcdef01234567";
    assertThat(docsUrl("https://github.com/org/mpi.git"))
        .isEqualTo("https://github.com/org/mpi/blob/" + c + "/docs/");
    assertThat(docsUrl("https://x-access-token:secreto@github.com/org/mpi"))
        .isEqualTo("https://github.com/org/mpi/blob/" + c + "/docs/");
    assertThat(docsUrl("git@gitlab.com:grupo/sub/mpi.git"))
        .isEqualTo("https://gitlab.com/grupo/sub/mpi/-/blob/" + c + "/docs/");
    assertThat(docsUrl("https://example.org/mpi.git")).isNull();
    assertThat(docsUrl("${mpi.git.origin}")).isNull();
  }

  @Test
  void validateReadsTheCheckoutRootFromTheEnvironment() throws IOException {
    Path examples = Path.of("examples").toAbsolutePath();
    StringWriter out = new StringWriter();
    byte[] broken = "indicador,periodo,valor\n1.1.2,2025-Q5,3\n".getBytes(StandardCharsets.UTF_8);
    Path tmp = Files.createTempFile("mpi-ci-", ".csv");
    try {
      Files.write(tmp, broken);
      int code =
          Cli.run(
              java.io.InputStream.nullInputStream(),
              null,
              Map.of("GITHUB_WORKSPACE", tmp.getParent().toString())::get,
              new PrintWriter(out),
              new PrintWriter(new StringWriter()),
              "validate",
              "--format",
              "gitlab",
              tmp.toString(),
              examples.toString());
      assertThat(code).isEqualTo(1);
      assertThat(out.toString())
          .contains("\"path\": \"" + tmp.getFileName() + "\"")
          .doesNotContain("\"path\": \"/");
    } finally {
      Files.delete(tmp);
    }
  }

  @Test
  void completionScriptIsPrintedForBashAndZsh() {
    CliRun bash = CliRun.run("completion", "bash");
    assertThat(bash.code()).isZero();
    assertThat(bash.out()).contains("complete -F _complete_mpi", "validate", "--format");
    assertThat(CliRun.run("completion", "zsh").out()).isEqualTo(bash.out());
    CliRun fish = CliRun.run("completion", "fish");
    assertThat(fish.code()).isEqualTo(2);
    assertThat(fish.err()).contains("bash, zsh");
  }
}
