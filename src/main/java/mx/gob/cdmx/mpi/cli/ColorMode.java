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
          System.console() != null
              && isBlank(System.getenv("NO_COLOR"))
              && !"dumb".equals(System.getenv("TERM"));
    };
  }

  private static boolean isBlank(String value) {
    return value == null || value.isEmpty();
  }
}
