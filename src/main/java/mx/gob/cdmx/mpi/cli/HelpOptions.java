package mx.gob.cdmx.mpi.cli;

import picocli.CommandLine.Option;

/** {@code --help} and {@code --version}, in Spanish, mixed into every command. */
final class HelpOptions {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Muestra esta ayuda y termina.")
  boolean help;

  @Option(
      names = {"-V", "--version"},
      versionHelp = true,
      description = "Muestra la versión y termina.")
  boolean version;
}
