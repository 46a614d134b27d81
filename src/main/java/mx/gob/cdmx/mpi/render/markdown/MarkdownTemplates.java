package mx.gob.cdmx.mpi.render.markdown;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicReference;
import mx.gob.cdmx.mpi.output.IoReason;

/**
 * The Freemarker set-up for reports, locked down for templates that users write: no {@code ?new}
 * (it could run programs), no {@code ?api}, no access to Java objects (the data are plain maps,
 * lists, strings, numbers and booleans), Markdown auto-escaping, es-MX numbers rounded half-up
 * ({@code @esmx}), errors rethrown rather than printed into the output.
 */
public final class MarkdownTemplates {

  /** The main template of a report, in the default set and in a {@code --templates} folder. */
  public static final String REPORT = "informe.md.ftl";

  /** Where the default templates live on the class path. */
  static final String CLASSPATH_ROOT = "/templates";

  private final Configuration configuration;
  private final String origin;

  private MarkdownTemplates(Configuration configuration, String origin) {
    this.configuration = configuration;
    this.origin = origin;
  }

  /** The default templates embedded in the tool. */
  public static MarkdownTemplates embedded() {
    return new MarkdownTemplates(
        configuration(new ClassTemplateLoader(MarkdownTemplates.class, CLASSPATH_ROOT)),
        "plantillas integradas");
  }

  /**
   * The embedded templates of the static site ({@code mpi sitio}, folder {@code templates/sitio}):
   * the same locked-down set-up, with HTML auto-escaping instead of Markdown's.
   */
  public static MarkdownTemplates embeddedHtml() {
    Configuration c =
        configuration(new ClassTemplateLoader(MarkdownTemplates.class, CLASSPATH_ROOT));
    c.setOutputFormat(freemarker.core.HTMLOutputFormat.INSTANCE);
    return new MarkdownTemplates(c, "plantillas integradas del sitio");
  }

  /**
   * The templates of {@code dir}, which must hold {@value #REPORT}; a template it includes but
   * lacks is taken from the embedded set. Files outside {@code dir} cannot be reached.
   */
  public static MarkdownTemplates of(Path dir) throws IOException {
    if (!Files.isRegularFile(dir.resolve(REPORT))) {
      throw new java.io.FileNotFoundException(dir.resolve(REPORT).toString());
    }
    TemplateLoader loader =
        new MultiTemplateLoader(
            new TemplateLoader[] {
              new FileTemplateLoader(dir.toFile()),
              new ClassTemplateLoader(MarkdownTemplates.class, CLASSPATH_ROOT)
            });
    return new MarkdownTemplates(configuration(loader), dir.toString());
  }

  /** How long a template may run, by default (docs/informes.md, «Límites»). */
  public static final Duration DEFAULT_TIME = Duration.ofSeconds(10);

  /** How much text a template may write, by default: 20 MB. */
  public static final long DEFAULT_SIZE = 20L * 1024 * 1024;

  /** The stack of the rendering thread: deep enough for any sane template, it bounds recursion. */
  private static final long STACK = 4L * 1024 * 1024;

  private Duration timeLimit = DEFAULT_TIME;
  private long sizeLimit = DEFAULT_SIZE;

  /** These templates with other limits on running time and output size. */
  public MarkdownTemplates limitedTo(Duration time, long size) {
    MarkdownTemplates t = new MarkdownTemplates(configuration, origin);
    t.timeLimit = time;
    t.sizeLimit = size;
    return t;
  }

  /**
   * Runs template {@code name} on {@code data} (records, lists, strings, numbers, booleans), within
   * the time and size limits and a bounded recursion depth; every failure, endless loop, runaway
   * recursion or memory exhaustion included, is a {@link TemplateProblem} with a one-line message.
   */
  public String render(String name, Map<String, ?> data) throws TemplateProblem {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread worker = new Thread(null, () -> result.set(outcome(name, data)), "mpi-plantilla", STACK);
    worker.setDaemon(true);
    worker.start();
    try {
      worker.join(timeLimit.toMillis());
      if (worker.isAlive()) {
        worker.interrupt();
        worker.join(2000);
        throw new TemplateProblem(
            "la plantilla «"
                + name
                + "» tardó más de "
                + timeLimit.toSeconds()
                + " s (¿un #list sobre un rango enorme o un ciclo sin fin?); se detuvo sin escribir"
                + " nada (límite: --plantilla-segundos)",
            null);
      }
    } catch (InterruptedException e) {
      worker.interrupt();
      Thread.currentThread().interrupt();
      throw new TemplateProblem("se interrumpió la ejecución de la plantilla «" + name + "»", e);
    }
    Object r = result.get();
    if (r instanceof TemplateProblem p) {
      throw p;
    }
    return (String) r;
  }

  /** What rendering {@code name} gave: the text, or a {@link TemplateProblem} saying why not. */
  private Object outcome(String name, Map<String, ?> data) {
    try {
      return renderHere(name, data);
    } catch (TemplateProblem e) {
      return e;
    } catch (StackOverflowError e) {
      return new TemplateProblem(
          "la plantilla «"
              + name
              + "» se llama a sí misma sin fin (una macro o un #include"
              + " recursivo): la recursión superó el límite",
          null);
    } catch (OutOfMemoryError e) {
      return new TemplateProblem(
          "la plantilla «"
              + name
              + "» pidió más memoria de la disponible (p. ej. ?left_pad o"
              + " ?repeat con un número enorme)",
          null);
    } catch (RuntimeException e) {
      return new TemplateProblem(
          "la plantilla «" + name + "» falló al ejecutarse: " + oneLine(e), e);
    }
  }

  private String renderHere(String name, Map<String, ?> data) throws TemplateProblem {
    Template template;
    try {
      template = configuration.getTemplate(name);
    } catch (TemplateNotFoundException e) {
      throw new TemplateProblem("no se encontró la plantilla «" + name + "» en " + origin, e);
    } catch (ParseException e) {
      throw new TemplateProblem(
          where(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber())
              + "error de sintaxis: "
              + firstLine(e.getEditorMessage()),
          e);
    } catch (IOException e) {
      throw new TemplateProblem(
          "no se pudo leer la plantilla «" + name + "» en " + origin + ": " + IoReason.of(e), e);
    } catch (SecurityException e) {
      throw outside(name, e);
    }
    LimitedWriter out = new LimitedWriter(sizeLimit);
    try {
      template.process(TemplateData.of(data), out);
    } catch (TemplateException e) {
      if (out.exceeded) {
        throw tooBig(name);
      }
      if (e.getCause() instanceof SecurityException s) {
        throw outside(e.getTemplateSourceName(), s);
      }
      throw new TemplateProblem(
          where(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber()) + explain(e), e);
    } catch (IOException e) {
      if (out.exceeded) {
        throw tooBig(name);
      }
      throw new TemplateProblem(
          "no se pudo escribir el resultado de la plantilla: " + IoReason.of(e), e);
    } catch (SecurityException e) {
      throw outside(name, e);
    }
    return out.toString();
  }

  private TemplateProblem tooBig(String name) {
    return new TemplateProblem(
        "la plantilla «"
            + name
            + "» escribió más de "
            + sizeLimit / (1024 * 1024)
            + " MB; se detuvo sin escribir nada (límite: --plantilla-mb)",
        null);
  }

  private static TemplateProblem outside(String name, SecurityException e) {
    return new TemplateProblem(
        "la plantilla «"
            + (name == null ? "?" : name)
            + "» es un enlace a un archivo fuera de la carpeta de plantillas; copie el archivo"
            + " dentro de la carpeta",
        e);
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage();
    return m == null ? "error inesperado" : firstLine(m);
  }

  /** A text buffer that refuses to grow past a limit, so a runaway template stops early. */
  private static final class LimitedWriter extends java.io.Writer {
    private final StringBuilder sb = new StringBuilder();
    private final long limit;
    boolean exceeded;

    LimitedWriter(long limit) {
      this.limit = limit;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      if (sb.length() + (long) len > limit) {
        exceeded = true;
        throw new IOException("output limit");
      }
      if (Thread.currentThread().isInterrupted()) {
        throw new java.io.InterruptedIOException("time limit");
      }
      sb.append(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      if (sb.length() + (long) len > limit) {
        exceeded = true;
        throw new IOException("output limit");
      }
      sb.append(str, off, off + len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return sb.toString();
    }
  }

  private static Configuration configuration(TemplateLoader loader) {
    Configuration c = new InterruptibleConfiguration();
    c.setTemplateLoader(loader);
    c.setDefaultEncoding("UTF-8");
    c.setOutputEncoding("UTF-8");
    c.setLocale(Locale.forLanguageTag("es-MX"));
    c.setTimeZone(TimeZone.getTimeZone("UTC"));
    c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    c.setAPIBuiltinEnabled(false);
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
    c.setOutputFormat(MarkdownOutputFormat.INSTANCE);
    c.setCustomNumberFormats(Map.of("esmx", EsMxNumberFormatFactory.INSTANCE));
    c.setNumberFormat("@esmx");
    c.setBooleanFormat("sí,no");
    c.setObjectWrapper(wrapper());
    return c;
  }

  /**
   * A configuration whose every template, included ones too, checks for thread interruption in its
   * loops, so that the time limit can stop it.
   */
  private static final class InterruptibleConfiguration extends Configuration {
    private final Set<Template> checked =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    InterruptibleConfiguration() {
      super(Configuration.VERSION_2_3_34);
    }

    @Override
    public Template getTemplate(
        String name,
        Locale locale,
        Object customLookupCondition,
        String encoding,
        boolean parseAsFTL,
        boolean ignoreMissing)
        throws IOException {
      Template t =
          super.getTemplate(
              name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
      if (t != null) {
        synchronized (checked) {
          if (checked.add(t)) {
            freemarker.core._CoreAPI.addThreadInterruptedChecks(t);
          }
        }
      }
      return t;
    }
  }

  private static DefaultObjectWrapper wrapper() {
    DefaultObjectWrapperBuilder b = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
    b.setExposeFields(false);
    b.setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
    b.setUseAdaptersForContainers(true);
    return b.build();
  }

  private static String where(String template, Integer line, Integer column) {
    StringBuilder sb =
        new StringBuilder("plantilla «").append(template == null ? "?" : template).append('»');
    if (line != null && line > 0) {
      sb.append(", línea ").append(line);
      if (column != null && column > 0) {
        sb.append(", columna ").append(column);
      }
    }
    return sb.append(": ").toString();
  }

  /** The Spanish explanation of a failure while running, with Freemarker's own words after it. */
  private static String explain(TemplateException e) {
    String detail = firstLine(e.getMessageWithoutStackTop());
    String lower = detail.toLowerCase(Locale.ROOT);
    if (lower.contains("instantiating")
        || lower.contains("?new")
        || lower.contains("not allowed in the template for security reasons")) {
      return "«?new» está prohibido en las plantillas: crearía objetos Java y permitiría ejecutar"
          + " programas en el equipo. Use sólo los datos del informe. ("
          + detail
          + ")";
    }
    if (lower.contains("?api") || lower.contains("api_builtin_enabled")) {
      return "«?api» está prohibido en las plantillas: daría acceso a los objetos Java detrás de"
          + " los datos. Use sólo los datos del informe. ("
          + detail
          + ")";
    }
    if (lower.contains("has evaluated to null or missing")) {
      return "la plantilla usa un valor que no existe o está vacío; revise el nombre (las"
          + " variables están en docs/informes.md) o dele uno por omisión con «valor!\"—\"»";
    }
    if (lower.contains("expected a ") || lower.contains("expected an ")) {
      return "la plantilla usa un valor de otro tipo que el que se espera ahí (texto, número,"
          + " lista…) (Freemarker: "
          + detail
          + ")";
    }
    return "la plantilla falló al ejecutarse: " + detail;
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    String t = text.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl).strip();
  }
}
