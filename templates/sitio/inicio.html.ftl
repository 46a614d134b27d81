<#import "base.ftl" as b>
<@b.pagina titulo=report.title actual="inicio"; parte>
<#if parte == "contenido">
<h1>${report.title}</h1>
<p class="entrada">${report.periodLabel}, del ${report.periodRange}. Seguimiento público de los ${report.indicatorCount} indicadores del ${report.planTitle?lower_case?cap_first}.</p>

<section aria-labelledby="avisos">
<h2 id="avisos">Avisos del periodo</h2>
<ul class="avisos">
<#list caveats as c>
  <li>${c}</li>
</#list>
</ul>
</section>

<section aria-labelledby="semaforo">
<h2 id="semaforo">Semáforo del periodo</h2>
<p>${report.thresholds}</p>
<div class="tabla" role="region" aria-labelledby="semaforo-titulo" tabindex="0">
<table>
<caption id="semaforo-titulo">Indicadores por estado, acumulado al ${report.cutoffDate}</caption>
<thead><tr><th scope="col">Estado</th><th scope="col" class="num">Indicadores</th><th scope="col" class="num">Porcentaje</th></tr></thead>
<tbody>
<#list report.summary as c>
<tr><th scope="row"><@b.estado c.status/></th><td class="num">${c.count}</td><td class="num">${c.share}</td></tr>
</#list>
</tbody>
<tfoot><tr><th scope="row">Total</th><td class="num">${report.indicatorCount}</td><td class="num">100.0 %</td></tr></tfoot>
</table>
</div>
</section>

<section aria-labelledby="programas">
<h2 id="programas">Programas</h2>
<ul class="tarjetas">
<#list programs as p>
  <li class="tarjeta">
    <h3><a href="${p.file}">${p.section.id}. ${p.section.name?lower_case?cap_first}</a></h3>
    <p>${p.indicators?size} <#if p.indicators?size == 1>indicador<#else>indicadores</#if>:
    <#list p.section.summary.counts?filter(c -> c.count gt 0) as c>${c.count} ${c.status.word?lower_case}<#sep>, </#list>.</p>
  </li>
</#list>
</ul>
</section>

<section aria-labelledby="descargas">
<h2 id="descargas">Descargas</h2>
<ul class="descargas">
<#list downloads as d>
  <li><a href="${d.file}" download>${d.label}</a> <span class="formato">(${d.detail})</span></li>
</#list>
</ul>
<p>Las descargas son la misma edición pública que estas páginas. En el CSV y el JSON cada cifra es sólo un número (punto decimal, sin signo %), para sumarla en una hoja de cálculo; lo que la acompaña en estas páginas (la unidad, «parcial», la variación) va en una columna de texto a su lado, y una cifra que aquí se lee «menos de 5» o «reservado» queda vacía, con esas palabras en su columna de nota. Los formatos SIPOT siguen las columnas de las fracciones V y VI de las obligaciones de transparencia; una celda vacía se explica en su columna «Nota».</p>
</section>
</#if>
</@b.pagina>
