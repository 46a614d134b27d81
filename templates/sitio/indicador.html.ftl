<#import "base.ftl" as b>
<#assign v = page.view>
<#assign f = v.plan.ficha>
<@b.pagina titulo="Indicador " + v.id; parte>
<#if parte == "migas">
    <li><a href="${page.programFile}">Programa ${v.programId}</a></li>
    <li><a href="${page.file}" aria-current="page">Indicador ${v.id}</a></li>
<#elseif parte == "contenido">
<h1>${v.id} ${v.name}</h1>
<p class="entrada">Estado al ${report.cutoffDate}: <@b.estado v.status/><#if v.overTarget> · sobrecumplimiento</#if>. Cobertura de los datos del año: ${v.coverage}.</p>

<h2 id="cifras">Cifras del periodo</h2>
<div class="tabla" role="region" aria-labelledby="cifras-titulo" tabindex="0">
<table>
<caption id="cifras-titulo">Meta, realizado y resultado de ${v.id}</caption>
<thead><tr><th scope="col">Ventana</th><th scope="col" class="num">Meta</th><th scope="col" class="num">Realizado</th><th scope="col" class="num">Resultado</th><th scope="col" class="num">${v.comparison.header}</th></tr></thead>
<tbody>
<#if report.sameWindows>
<tr><th scope="row">Periodo y acumulado (${report.toDateWindow})</th><td class="num">${v.toDate.target!"—"}</td><td class="num">${v.toDate.realized!"—"}</td><td class="num">${v.toDate.result!"—"}</td><td class="num">${v.comparison.toDate}</td></tr>
<#else>
<tr><th scope="row">Periodo (${report.periodWindow})</th><td class="num">${v.period.target!"—"}</td><td class="num">${v.period.realized!"—"}</td><td class="num">${v.period.result!"—"}</td><td class="num">${v.comparison.period}</td></tr>
<tr><th scope="row">Acumulado (${report.toDateWindow})</th><td class="num">${v.toDate.target!"—"}</td><td class="num">${v.toDate.realized!"—"}</td><td class="num">${v.toDate.result!"—"}</td><td class="num">${v.comparison.toDate}</td></tr>
</#if>
</tbody>
</table>
</div>
<#if !report.sameWindows && v.status.code != "no-target">
<#-- El estado del periodo se reserva junto con su resultado (docs/transparencia.md). -->
<p><strong>Estado del periodo</strong> (${report.periodWindow}): <#if v.period.result == "reservado">reservado<#else><@b.estado v.periodStatus/></#if> · <strong>Estado del acumulado</strong> (${report.toDateWindow}): <@b.estado v.status/><#if v.overTarget> · sobrecumplimiento</#if>. El semáforo se juzga sobre el acumulado.</p>
</#if>
<#if v.target?? && v.target.fractionNote??>
<p><strong>Meta al corte:</strong> ${v.target.fractionNote}</p>
</#if>

<h2 id="formula">Fórmula con sus números</h2>
<p>Fórmula: <code>${v.formula}</code><#if v.formulaWords??>; en palabras: ${v.formulaWords}</#if>.</p>
<ul>
<#if !report.sameWindows>
  <li>Periodo: <span class="desarrollo">${v.period.worked?replace(" %", "\xA0%")}</span></li>
</#if>
  <li>Acumulado: <span class="desarrollo">${v.toDate.worked?replace(" %", "\xA0%")}</span></li>
</ul>
<p><strong>Avance hacia la meta anual:</strong> ${v.progress.note}</p>
<#if v.baseline??><p><strong>Línea base:</strong> ${v.baseline.comparison}</p></#if>
<#if v.comparison.note??><p><strong>Variación:</strong> ${v.comparison.note}</p></#if>
<#if v.reason??><p><strong>Por qué falta alguna cifra:</strong> ${v.reason}</p></#if>

<h2 id="tendencia">Tendencia en el año</h2>
<figure class="figura">
${page.trend.svg?no_esc}
<figcaption>Gráfica: ${page.trend.caption}. Las mismas cifras están en la tabla siguiente.</figcaption>
</figure>
<div class="tabla" role="region" aria-labelledby="tendencia-titulo" tabindex="0">
<table>
<caption id="tendencia-titulo">Datos de la gráfica de tendencia de ${v.id}</caption>
<thead><tr><th scope="col">Periodo</th><th scope="col" class="num">${page.trend.valueHeader}</th><#if page.trend.rows?filter(r -> r.expected??)?has_content><th scope="col" class="num">Esperado según el calendario</th></#if></tr></thead>
<tbody>
<#list page.trend.rows as r>
<tr><th scope="row">${r.period}</th><td class="num">${r.value}</td><#if page.trend.rows?filter(x -> x.expected??)?has_content><td class="num">${r.expected!"—"}</td></#if></tr>
</#list>
</tbody>
</table>
</div>

<h2 id="ficha">Ficha del indicador (texto del plan)</h2>
<#if f.description?? || f.definition?? || f.calculationMethod??>
<dl class="ficha">
<#if f.description??><dt>Descripción</dt><dd>${f.description}</dd></#if>
<#if f.programmedGoal??><dt>Meta programada</dt><dd>${f.programmedGoal}</dd></#if>
<dt>Meta anual</dt><dd>${v.target.annualGoal}</dd>
<#if f.indicator??><dt>Indicador</dt><dd>${f.indicator}</dd></#if>
<#if f.dimension??><dt>Dimensión</dt><dd>${f.dimension}</dd></#if>
<#if f.definition??><dt>Definición</dt><dd>${f.definition}</dd></#if>
<#if f.calculationMethod??><dt>Método de cálculo</dt><dd>${f.calculationMethod}</dd></#if>
<#if f.unitOfMeasure??><dt>Unidad de medida</dt><dd>${f.unitOfMeasure}</dd></#if>
<#if f.baseline??><dt>Línea base</dt><dd>${f.baseline}</dd></#if>
<dt>Responsables</dt><dd>${v.plan.responsible}</dd>
<dt>Fuente de información</dt><dd>${v.plan.informationSource}</dd>
</dl>
<#else>
<p>El plan no tiene ficha para esta acción del cronograma.</p>
<dl class="ficha">
<dt>Meta anual</dt><dd>${v.target.annualGoal}</dd>
<dt>Responsables</dt><dd>${v.plan.responsible}</dd>
</dl>
</#if>
<#if v.plan.cronograma??>
<p><strong>${v.plan.cronogramaLabel!"Cronograma"}:</strong> ${v.plan.cronograma}</p>
</#if>
</#if>
</@b.pagina>
