package mx.gob.cdmx.mpi.cli;

/** When a command colours its terminal output: {@code auto} only on a colour terminal. */
enum ColorMode {
  auto,
  always,
  never;

  /**
   * True when colour is to be used: always, or (auto) when the output is a console, {@code
   * NO_COLOR} is not set and {@code TERM} is not {@code dumb}.
   */
  boolean enabled() {
    return switch (this) {
      case always -> true;
      case never -> false;
      case auto ->
          isTerminal()
              && isBlank(System.getenv("NO_COLOR"))
              && !"dumb".equals(System.getenv("TERM"));
    };
  }

  /**
   * True when standard output is a terminal. Up to JDK 21 {@link System#console()} is null unless
   * it is; from JDK 22 it always returns a console, and {@code Console.isTerminal()} (absent before
   * 22, so called reflectively) tells.
   */
  @SuppressWarnings("SystemConsoleNull") // the null test is right up to JDK 21; 22+ asks below
  static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 17–21: a console exists only on a terminal
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isEmpty();
  }
}
