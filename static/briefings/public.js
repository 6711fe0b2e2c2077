/* Public pages: draw the Plotly figures the server embedded with json_script.
 * The server builds every figure (conflicts/charts); this file only hands them to the
 * vendored plotly-geo bundle, points its base layers at our own topojson files (never a
 * CDN), and redraws after htmx swaps in a new map or timeline. */
(function () {
  "use strict";

  var script = document.getElementById("public-js");
  var TOPOJSON_URL = (script && script.dataset.topojsonUrl) || "/static/vendor/topojson/";

  function draw(chart) {
    var canvas = chart.querySelector(".chart-canvas");
    var data = chart.querySelector('script[type="application/json"]');
    if (!canvas || !data || !window.Plotly || chart.dataset.drawn) return;
    var figure = JSON.parse(data.textContent);
    var config = Object.assign({ displaylogo: false, responsive: true }, figure.config || {});
    config.topojsonURL = TOPOJSON_URL;
    chart.dataset.drawn = "pending";
    window.Plotly.newPlot(canvas, figure.data, figure.layout, config).then(function () {
      chart.dataset.drawn = chart.dataset.asOf || "yes";
      if (chart.dataset.chart === "timeline") followPoints(canvas);
    }).catch(function (error) {
      chart.dataset.drawn = "failed";
      console.error("chart failed", error);
    });
  }

  // Timeline points carry their source's address in customdata[0].
  function followPoints(canvas) {
    canvas.on("plotly_click", function (event) {
      var point = event.points && event.points[0];
      var url = point && point.customdata && point.customdata[0];
      if (url && /^(https?:\/\/|\/)/.test(url)) window.location.assign(url);
    });
  }

  function drawAll(root) {
    (root || document).querySelectorAll("[data-chart]").forEach(draw);
  }

  document.addEventListener("DOMContentLoaded", function () { drawAll(document); });
  document.addEventListener("htmx:afterSettle", function () { drawAll(document); });
  if (document.readyState !== "loading") drawAll(document);
})();
