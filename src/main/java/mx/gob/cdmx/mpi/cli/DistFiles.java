package mx.gob.cdmx.mpi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Writes the files of the distribution zip that come from the command model: the manual page {@code
 * man/man1/mpi.1} and the completion script {@code completion/mpi.bash}. Run by the build
 * (exec-maven-plugin) with the output folder as its only argument.
 */
public final class DistFiles {
  private DistFiles() {}

  /** {@code DistFiles FOLDER}: writes FOLDER/man/man1/mpi.1 and FOLDER/completion/mpi.bash. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("uso: DistFiles CARPETA");
    }
    write(Path.of(args[0]));
  }

  static void write(Path dir) throws IOException {
    CommandLine mpi = commandLine();
    Version v = new Version();
    Path man = dir.resolve("man/man1/mpi.1");
    Files.createDirectories(man.getParent());
    Files.writeString(man, ManPage.render(mpi, v.version(), v.date()), StandardCharsets.UTF_8);
    Path completion = dir.resolve("completion/mpi.bash");
    Files.createDirectories(completion.getParent());
    Files.writeString(completion, CompletionCommand.script(mpi), StandardCharsets.UTF_8);
  }

  /** The whole command tree, as {@code mpi} builds it (no input, no output). */
  static CommandLine commandLine() {
    StringWriter sink = new StringWriter();
    return new CommandLine(
        new MpiCommand(
            InputStream.nullInputStream(), new PrintWriter(sink), new PrintWriter(sink)));
  }
}
