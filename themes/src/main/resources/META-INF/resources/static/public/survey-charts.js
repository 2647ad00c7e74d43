// Draws the bar chart of each survey question on the results page with Apache ECharts (served by
// this site, no eval, no inline script). The figures come from the element's data-chart attribute;
// the table beside each chart holds the same figures for screen readers and browsers without
// JavaScript, so the charts are hidden from assistive technology (aria-hidden on their element).
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return;
  }
  var charts = [];

  function draw(element) {
    var data;
    try {
      data = JSON.parse(element.getAttribute('data-chart'));
    } catch (e) {
      return;
    }
    // Text as large as the page's own: the elder mode's larger font reaches the chart too.
    var fontSize = Math.round(parseFloat(getComputedStyle(element).fontSize) || 16);
    // Colours of the page: the theme's main colour; in the elder mode yellow bars and white text on black.
    var elder = document.body.classList.contains('elder');
    var text = getComputedStyle(element).color || '#1f1f1f';
    var bar = elder ? '#ffeb3b' : (getComputedStyle(document.documentElement).getPropertyValue('--primary').trim() || '#a4161a');
    element.style.height = Math.max(160, data.labels.length * (fontSize * 2.6) + 60) + 'px';
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      textStyle: { fontSize: fontSize },
      // Room on the right for the longest value label, e.g. "128 人（100.0%）".
      grid: { left: 8, right: fontSize * 8, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: fontSize * 0.85, color: text } },
      yAxis: {
        type: 'category', inverse: true, data: data.labels,
        axisLabel: { fontSize: fontSize, color: text, width: Math.max(120, element.clientWidth * 0.35), overflow: 'break' }
      },
      series: [{
        type: 'bar', data: data.counts, itemStyle: { color: bar }, barMaxWidth: fontSize * 1.6,
        label: {
          show: true, position: 'right', fontSize: fontSize, color: text,
          formatter: function (p) { return p.value + ' 人（' + data.percents[p.dataIndex] + '%）'; }
        }
      }],
      tooltip: { show: false }
    });
    charts.push(chart);
  }

  var elements = document.querySelectorAll('.survey-chart[data-chart]');
  for (var i = 0; i < elements.length; i++) {
    draw(elements[i]);
  }
  window.addEventListener('resize', function () {
    for (var j = 0; j < charts.length; j++) {
      charts[j].resize();
    }
  });
}());
