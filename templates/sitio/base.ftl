<#-- Página común del sitio público (mpi sitio). Salida HTML con escape automático.
     Los símbolos del semáforo son los de los informes PDF (render/pdf/StatusMark). -->
<#macro estado s><span class="estado estado-${s.code}"><span class="marca" aria-hidden="true"><#switch s.code><#case "green">●<#break><#case "yellow">▲<#break><#case "red">◆<#break><#case "partial">◐<#break><#case "not-due">◷<#break><#case "no-data">○<#break><#default>□</#switch></span> ${s.word}</span></#macro>
<#macro pagina titulo actual="">
<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${generator}">
<title>${titulo} · ${report.shortName}</title>
<link rel="stylesheet" href="estilo.css">
</head>
<body>
<a class="saltar" href="#contenido">Saltar al contenido</a>
<header class="cabecera">
  <div class="ancho">
    <p class="institucion">${report.institution}</p>
    <p class="sitio"><a href="index.html">Indicadores del ${report.planTitle?lower_case?cap_first}</a></p>
  </div>
</header>
<nav class="migas ancho" aria-label="Ruta de navegación">
  <ol>
    <li><a href="index.html"<#if actual == "inicio"> aria-current="page"</#if>>Inicio</a></li>
    <#nested "migas">
  </ol>
</nav>
<main id="contenido" class="ancho">
<#nested "contenido">
</main>
<footer class="pie">
  <div class="ancho">
    <p>${report.title} · ${report.periodLabel}. Edición pública generada con mpi a partir del plan ${report.planId}<#if report.issueDate??>, el ${report.issueDate}</#if>.</p>
    <p>Mecanismo de Protección Integral de Personas Defensoras de Derechos Humanos y Periodistas de la Ciudad de México.</p>
  </div>
</footer>
</body>
</html>
</#macro>
