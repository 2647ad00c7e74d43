// Draws the evaluation dashboard's bar charts with Apache ECharts (served by this site, no inline
// script). Each chart's figures come from its element's data-chart attribute: {labels, series:
// [{name, values}]}. The table below each chart holds the same figures for screen readers and
// browsers without JavaScript, so the charts are hidden from assistive technology.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return;
  }
  var palette = ['#a4161a', '#1f5f8b', '#d4a017', '#3a7d44'];
  var charts = [];

  function draw(element) {
    var data;
    try {
      data = JSON.parse(element.getAttribute('data-chart'));
    } catch (e) {
      return;
    }
    if (!data || !data.labels || !data.series) {
      return;
    }
    var fontSize = Math.round(parseFloat(getComputedStyle(element).fontSize) || 16);
    var text = getComputedStyle(element).color || '#1f1f1f';
    // Room for each unit's bars side by side, and for the legend.
    var perLabel = (Math.max(1, data.series.length) * 0.75 + 0.6) * fontSize;
    element.style.height = Math.max(200, data.labels.length * perLabel + 90) + 'px';
    element.style.width = '100%';
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      color: palette,
      textStyle: { fontSize: fontSize },
      legend: data.series.length > 1 ? { top: 0, textStyle: { fontSize: fontSize * 0.9, color: text } } : undefined,
      grid: { left: 8, right: fontSize * 4, top: data.series.length > 1 ? fontSize * 2.5 : 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: fontSize * 0.85, color: text } },
      yAxis: {
        type: 'category', inverse: true, data: data.labels,
        axisLabel: { fontSize: fontSize * 0.9, color: text, width: Math.max(100, element.clientWidth * 0.3), overflow: 'break' }
      },
      series: data.series.map(function (s) {
        return {
          type: 'bar', name: s.name, data: s.values, barMaxWidth: fontSize * 1.2, barGap: '10%',
          label: {
            show: true, position: 'right', fontSize: fontSize * 0.85, color: text,
            // Zero bars say nothing a chart should repeat; the table shows the zeros.
            formatter: function (p) { return p.value === 0 ? '' : String(p.value); }
          }
        };
      }),
      tooltip: { show: false }
    });
    charts.push(chart);
  }

  var elements = document.querySelectorAll('.evaluation-chart[data-chart]');
  for (var i = 0; i < elements.length; i++) {
    draw(elements[i]);
  }
  window.addEventListener('resize', function () {
    for (var j = 0; j < charts.length; j++) {
      charts[j].resize();
    }
  });
}());
