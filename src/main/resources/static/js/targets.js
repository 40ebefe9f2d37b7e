// 目标监测 chart (高企占比 against the 10 % target). No inline script, so it runs under the content security
// policy (default-src 'self'): the figures come from the data table below the chart (data-bar = zone name,
// data-percent = share in %, missing when unknown) and the goal from the chart's data-goal.
(function () {
  'use strict';
  function num(s) { return s == null || s === '' ? null : Number(s); }
  function draw() {
    var el = document.getElementById('share-chart');
    if (!el || !window.echarts) { return; }
    var rows = Array.prototype.slice.call(document.querySelectorAll('#share-table tr[data-bar]'));
    var names = rows.map(function (r) { return r.getAttribute('data-bar'); });
    var values = rows.map(function (r) { return num(r.getAttribute('data-percent')); });
    var goal = num(el.getAttribute('data-goal'));
    // the chart's words come from the page (messages in the page's language), Chinese when absent
    function word(name, chinese) { var v = el.getAttribute('data-' + name); return v == null || v === '' ? chinese : v; }
    var none = word('none', '无数据'), axis = word('axis', '高企占比（%）'), series = word('series', '高企占比'), target = word('goal-label', '目标');
    var chart = echarts.init(el);
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif', fontSize: 12 },
      grid: { left: 56, right: 84, top: 44, bottom: 60 },
      // richText: the tooltip is drawn on the canvas, not as HTML with style="" attributes (blocked by the policy)
      tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: function (v) { return v == null ? none : v + '%'; } },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0, fontSize: 12 } },
      yAxis: { type: 'value', name: axis, axisLabel: { formatter: '{value}%' } },
      series: [{
        type: 'bar', name: series, data: values.map(function (v) {
          return { value: v, itemStyle: { color: v == null ? '#8a929e' : (goal != null && v >= goal ? '#1d8a4f' : '#c62d22') } };
        }),
        label: { show: true, position: 'top', formatter: function (p) { return p.value == null ? none : p.value + '%'; } },
        markLine: goal == null ? undefined : { symbol: 'none', lineStyle: { color: '#174c99', type: 'dashed' },
          label: { formatter: target + ' ' + goal + '%', position: 'end', color: '#174c99' }, data: [{ yAxis: goal }] }
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
    el.setAttribute('data-drawn', 'true');
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', draw); } else { draw(); }
})();
