<#--
  Informe de seguimiento del Plan Anual de Trabajo, en Markdown para GitHub y GitLab.
  Variables disponibles: docs/informes.md. Todo ${…} se escapa para Markdown automáticamente;
  los números se escriben en es-MX y se redondean hacia arriba desde la mitad (@esmx).
-->
<#macro estado s>${s.emoji} ${s.word}</#macro>
# ${report.title}

**${report.institution} (${report.shortName})**<br>
${report.subtitle}

- **Periodo:** ${report.periodLabel}, del ${report.periodRange}
- **Acumulado del año:** del ${report.toDateRange}
<#if report.issueDate??>
- **Fecha de emisión:** ${report.issueDate}
</#if>
- **Plan:** ${report.planTitle} (${report.planId})
- **Semáforo:** ${report.thresholds} El color va siempre acompañado de su nombre.
<#if report.preliminary>

> **PRELIMINAR:** datos al ${report.dataThrough}; el periodo cierra el ${report.cutoffDate}.
</#if>
<#if report.personalData??>

> **Datos personales:** ${report.personalData}
</#if>

## Resumen ejecutivo

${report.executive.headline}

### ${report.executive.changesTitle}

<#list report.executive.changes as c>
- ${c}
</#list>

### Indicadores en amarillo y rojo

<#list report.executive.alerts as a>
- <@estado a.status/> **${a.id} ${a.name}** — ${a.figures}.
  - **Motivo:** <#if a.reason??>${a.reason}<#else>ninguna medición del año trae una nota.</#if>
  - **Responsables:** ${a.responsible}
  - <#if a.action??>**Acción correctiva:** ${a.action}<#if a.commitment??> (fecha de compromiso: ${a.commitment})<#else> (sin fecha de compromiso)</#if><#else>⚠️ **Sin acción correctiva** — ninguna medición del año la registra (columna «accion»); conviene pedirla al área responsable.</#if>
<#else>
Ningún indicador con meta está en amarillo ni en rojo.
</#list>

### Acuerdos propuestos

<#list report.executive.agreements as g>
${g?counter}. ${g}
</#list>

## Resumen

Estado de los ${report.indicatorCount} indicadores, juzgado sobre el acumulado con datos al ${report.dataThrough}.

| Estado | Indicadores | Proporción |
|:---|---:|---:|
<#list report.summary as c>
| <@estado c.status/> | ${c.count} | ${c.share} |
</#list>
| **Total** | **${report.indicatorCount}** | **100.0 %** |

![Gráfica: número de indicadores por estado del semáforo](${charts.status?no_esc})

### Indicadores por programa y estado

| Programa |<#list report.legend as s> <@estado s/> |</#list> Total |
|:---|<#list report.legend as s>---:|</#list>---:|
<#list report.programSummaries as p>
| ${p.id}. ${p.name} |<#list p.counts as c> ${c.count} |</#list> **${p.total}** |
</#list>

### Requieren atención

<#if report.attention?has_content>
Indicadores en rojo o amarillo, y los que tienen meta pero datos parciales o ninguno (sin los que ya alcanzaron su meta anual), con la nota registrada en el periodo o el motivo de la cifra faltante.

| Indicador | Estado | Resultado acumulado | Nota del área y motivo de cifras faltantes |
|:---|:---|---:|:---|
<#list report.attention as i>
| ${i.id} ${i.name} | <@estado i.status/> | ${i.toDate.result} | <#if i.lastNote??>${i.lastNote}</#if><#if i.lastNote?? && i.reason??> — Cifra faltante: </#if><#if i.reason??>${i.reason}<#elseif !i.lastNote??>Sin nota en el año.</#if> |
</#list>
<#else>
Ningún indicador está en rojo o amarillo, ni tiene datos parciales o faltantes.
</#if>

### Información pendiente

<#if report.pending?? && report.pending.areas?has_content>
${report.pending.summary} Son los indicadores y variables sin fila en los datos para ${report.periodWindow} («Sin datos») o con meses faltantes, por área responsable; `mpi faltantes` da la misma lista.
<#list report.pending.areas as a>

**${a.name}**

<#list a.items as i>
- ${i.id} ${i.name} · ${i.variable}: ${i.detail}
</#list>
</#list>
<#else>
Nada pendiente: cada indicador y variable tiene sus filas del periodo.
</#if>

### Avance hacia la meta anual

Cada barra es el avance acumulado hacia la meta anual (realizado entre meta anual), con el color y el nombre de su estado; la marca negra es lo que el calendario del plan espera al ${report.cutoffDate}. Sólo aparecen los indicadores con meta numérica calendarizada.

![Gráfica: avance de cada indicador hacia su meta anual frente a su calendario](${charts.progress?no_esc})
<#list report.programs as p>

## ${p.id}. ${p.name}

| Indicador | Estado | Meta al corte | Realizado al corte | Resultado acumulado | Avance anual (esperado) |
|:---|:---|---:|---:|---:|---:|
<#list p.indicators as i>
| ${i.id} ${i.name} | <@estado i.status/><#if i.overTarget> · Sobrecumplimiento</#if> | ${i.toDate.target} | ${i.toDate.realized} | ${i.toDate.result} | ${i.progress.text}<#if i.progress.expected??> (${i.progress.expected})</#if> |
</#list>
<#list p.indicators as i>

### ${i.id} ${i.name}

**Estado:** <@estado i.status/><#if i.overTarget> · Sobrecumplimiento</#if> (cobertura del acumulado: ${i.coverage})

| Ventana | Meta | Realizado | Resultado: ${i.formula} | ${i.comparison.header} |
|:---|---:|---:|:---|---:|
<#if report.sameWindows>
| Periodo y acumulado (${report.toDateWindow}) | ${i.toDate.target} | ${i.toDate.realized} | ${i.toDate.worked} | ${i.comparison.toDate} |
<#else>
| Periodo (${report.periodWindow}) | ${i.period.target} | ${i.period.realized} | ${i.period.worked} | ${i.comparison.period} |
| Acumulado (${report.toDateWindow}) | ${i.toDate.target} | ${i.toDate.realized} | ${i.toDate.worked} | ${i.comparison.toDate} |
</#if>

Fórmula en palabras: ${i.formulaWords}.
<#if !report.sameWindows && i.status.code != "no-target">

Estado del periodo: <@estado i.periodStatus/> · Estado del acumulado: <@estado i.status/><#if i.overTarget> · Sobrecumplimiento</#if> (el semáforo se juzga sobre el acumulado).
</#if>
<#if trends?? && trends[i.id]??>
<#assign t = trends[i.id]>

**Tendencia del año ${report.year}:** realizado acumulado desde enero al cierre de cada mes con datos<#if t.scheduled>, frente a la meta acumulada que espera el calendario del plan<#else>; el plan no da a este indicador una meta acumulada en cifras</#if>.
<#if t.chart??>

![${t.alt}](${t.chart?no_esc})
</#if>
<#if t.rows?has_content>

<#if t.scheduled>
| Mes | Realizado acumulado | Meta acumulada del calendario | Realizado entre meta acumulada |
|:---|---:|---:|---:|
<#list t.rows as r>
| ${r.month} | ${r.realized} | ${r.expected} | ${r.share} |
</#list>
<#else>
| Mes | Realizado acumulado |
|:---|---:|
<#list t.rows as r>
| ${r.month} | ${r.realized} |
</#list>
</#if>
</#if>
<#list t.remarks as m>

${m}
</#list>
</#if>

<#if i.plan.ficha.programmedGoal??>
- **Meta programada:** «${i.plan.ficha.programmedGoal}»
</#if>
- **Meta anual:** ${i.target.annualGoal}
- **Avance hacia la meta anual:** ${i.progress.note}
- **Línea base:** ${i.baseline.comparison}<#if i.baseline.plan??> En el plan: «${i.baseline.plan}»</#if>
<#if i.target.fractionNote??>
- **Meta al corte:** ${i.target.fractionNote}
</#if>
<#if i.comparison.note??>
- **Variación:** ${i.comparison.note}
</#if>
- **Responsables:** ${i.plan.responsible}
- **Fuente de información:** ${i.plan.informationSource}<#if i.dataSources?has_content> Datos del periodo: ${i.dataSources?join("; ")}.</#if>
<#if i.reason??>
- **Por qué falta alguna cifra:** ${i.reason}
</#if>
<#if i.notes?has_content>

**Notas del periodo**

<#list i.notes as n>
- ${n.period}<#if n.variable??> (${n.variable})</#if>: ${n.text}<#if n.source??> (fuente: ${n.source})</#if>
</#list>
</#if>
</#list>
</#list>

## Glosario

| Término | Qué significa en este documento |
|:---|:---|
<#list glossary as g>
| **${g.term}** | ${g.definition} |
</#list>

---

Informe generado con mpi a partir del plan ${report.planId} y de los archivos de mediciones indicados. Las mismas entradas producen el mismo informe.
