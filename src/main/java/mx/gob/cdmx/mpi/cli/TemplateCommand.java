package mx.gob.cdmx.mpi.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import mx.gob.cdmx.mpi.output.Outputs;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.render.data.TemplateCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code mpi template}: a measurement CSV with one empty row per indicator and variable. */
@Command(
    name = "template",
    versionProvider = Version.class,
    synopsisHeading = "Uso: ",
    optionListHeading = "%nOpciones:%n",
    parameterListHeading = "%nArgumentos:%n",
    description =
        "Escribe un CSV de mediciones listo para llenar: una fila con «valor» vacío por"
            + " cada indicador del plan y cada una de sus variables, con el periodo ya escrito."
            + " Si en el periodo no se logró nada, escriba 0: una fila vacía o faltante es «sin"
            + " datos».",
    footer = {
      "%nEjemplos:",
      "  Plantilla de julio en un archivo:",
      "    mpi template --period 2025-07 -o julio.csv",
      "  Plantilla del tercer trimestre en la pantalla:",
      "    mpi template --period 2025-Q3",
      "%nCódigos de salida: 0 correcto, 1 el plan tiene errores, 2 error de uso, 3 error"
          + " interno."
    })
final class TemplateCommand implements Callable<Integer> {
  @ParentCommand MpiCommand root;

  @Mixin HelpOptions help;

  @Mixin PeriodOption period;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "ARCHIVO",
      description =
          "Archivo donde escribir la plantilla (por omisión, o con «-o -», la salida estándar);"
              + " nunca reemplaza el plan, una carpeta ni un dispositivo.")
  Path output;

  @Override
  public Integer call() {
    Plan plan = root.loadPlan();
    Outputs outputs = root.outputs(List.of(), null);
    Outputs.Target target = output == null ? null : outputs.check(output);
    String csv = TemplateCsv.render(plan, period.of(plan));
    if (target == null || target.stdout()) {
      root.out.print(csv);
      root.out.flush();
    } else {
      outputs.write(target, csv.getBytes(StandardCharsets.UTF_8), Outputs.Mode.DEFAULT);
      root.err.println("Plantilla escrita en " + output + ".");
    }
    return ExitCodes.OK;
  }
}
