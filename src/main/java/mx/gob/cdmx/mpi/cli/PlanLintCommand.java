package mx.gob.cdmx.mpi.cli;

import java.util.List;
import java.util.concurrent.Callable;
import mx.gob.cdmx.mpi.plan.Indicator;
import mx.gob.cdmx.mpi.plan.LintFinding;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.plan.PlanLint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code mpi plan lint}: the plan document's own inconsistencies, as warnings. */
@Command(
    name = "lint",
    versionProvider = Version.class,
    synopsisHeading = "Uso: ",
    optionListHeading = "%nOpciones:%n",
    description =
        "Lista las inconsistencias del propio plan (se conservan tal cual en el YAML"
            + " y se informan como advertencias). Sale con 0: no son errores.",
    footer = {
      "%nEjemplos:",
      "  El plan 2025 integrado:",
      "    mpi plan lint",
      "  Otro plan:",
      "    mpi --plan plan-2026.yaml plan lint",
      "%nCódigos de salida: 0 correcto (las inconsistencias son advertencias), 1 el plan tiene"
          + " errores de formato, 2 error de uso, 3 error interno."
    })
final class PlanLintCommand implements Callable<Integer> {
  @ParentCommand PlanCommand plan;

  @Mixin HelpOptions help;

  @Override
  public Integer call() {
    Plan p = plan.root.loadPlan();
    List<LintFinding> findings = PlanLint.lint(p);
    for (LintFinding f : findings) {
      plan.root.out.println(
          p.source().name()
              + ": advertencia: ["
              + f.named()
              + "] "
              + f.field()
              + ": "
              + f.message()
              + " ["
              + f.code()
              + "]");
    }
    plan.root.out.println(findings.size() + " advertencias en el plan " + p.id() + ".");
    List<Indicator> read = p.indicators().stream().filter(i -> i.interpretation() != null).toList();
    if (!read.isEmpty()) {
      plan.root.out.println();
      plan.root.out.println(
          "Criterios de interpretación (lecturas de la herramienta que el plan no dice"
              + " textualmente; para que la Junta de Gobierno las confirme):");
      for (Indicator i : read) {
        String name = i.name().strip();
        plan.root.out.println(
            "  "
                + i.id()
                + " "
                + (name.endsWith(".") ? name.substring(0, name.length() - 1) : name)
                + ": "
                + i.interpretation());
      }
    }
    return ExitCodes.OK;
  }
}
