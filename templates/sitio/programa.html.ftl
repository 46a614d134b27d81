<#import "base.ftl" as b>
<#assign s = page.section>
<@b.pagina titulo="Programa " + s.id; parte>
<#if parte == "migas">
    <li><a href="${page.file}" aria-current="page">Programa ${s.id}</a></li>
<#elseif parte == "contenido">
<h1>Programa ${s.id}. ${s.name?lower_case?cap_first}</h1>
<#if s.objective??>
<h2>Objetivo</h2>
<p>${s.objective}</p>
</#if>
<h2 id="indicadores">Indicadores del programa</h2>
<div class="tabla" role="region" aria-labelledby="indicadores-titulo" tabindex="0">
<table>
<caption id="indicadores-titulo">Estado de cada indicador del programa ${s.id}, acumulado al ${report.cutoffDate}</caption>
<thead><tr><th scope="col">Indicador</th><th scope="col">Estado</th><th scope="col" class="num">Meta al corte</th><th scope="col" class="num">Realizado</th><th scope="col" class="num">Avance anual</th></tr></thead>
<tbody>
<#list page.indicators as l>
<#assign v = l.view>
<tr><th scope="row"><a href="${l.file}">${v.id} ${v.name}</a></th><td><@b.estado v.status/></td><td class="num">${v.toDate.target!"—"}</td><td class="num">${v.toDate.realized!"—"}</td><td class="num">${v.progress.text!"—"}</td></tr>
</#list>
</tbody>
</table>
</div>
</#if>
</@b.pagina>
