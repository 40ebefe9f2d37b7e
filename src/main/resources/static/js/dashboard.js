// 首页图表: reads the scope's figures from data-src and draws them with ECharts. No inline script, so it
// runs under a content security policy of default-src 'self'. Each chart has a caption saying what it
// shows; the zone table below the charts holds the same figures as text.
(function () {
  'use strict';
  function draw() {
    var box = document.getElementById('dashboard');
    if (!box || !window.echarts) { return; }
    fetch(box.getAttribute('data-src'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (d) { render(d); box.setAttribute('data-drawn', 'true'); })
      .catch(function () { box.setAttribute('data-drawn', 'failed'); });
  }
  function chart(id, option) {
    var el = document.getElementById(id);
    if (!el) { return; }
    var c = echarts.init(el);
    c.setOption(option);
    window.addEventListener('resize', function () { c.resize(); });
  }
  var font = { fontFamily: '"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif' };
  function render(d) {
    chart('chart-hnte', {
      textStyle: font, tooltip: { renderMode: 'richText', trigger: 'axis' }, legend: { top: 0 }, grid: { left: 56, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: d.hnteByYear.map(function (p) { return String(p.year); }) },
      yAxis: { type: 'value', name: '家' },
      series: [
        { name: '有效高新技术企业', type: 'bar', data: d.hnteByYear.map(function (p) { return p.hntes; }), itemStyle: { color: '#1f6fd1' } },
        { name: '占比10%所需（按现有企业数）', type: 'line', data: d.hnteByYear.map(function (p) { return p.targetHntes; }),
          lineStyle: { type: 'dashed', color: '#c0392b' }, itemStyle: { color: '#c0392b' } }
      ]
    });
    chart('chart-zones', {
      textStyle: font, tooltip: { renderMode: 'richText', trigger: 'axis' }, legend: { top: 0 }, grid: { left: 56, right: 56, top: 36, bottom: 60 },
      xAxis: { type: 'category', data: d.zones.map(function (z) { return z.name; }), axisLabel: { rotate: 30, interval: 0 } },
      yAxis: [{ type: 'value', name: '家' }, { type: 'value', name: '万元' }],
      series: [
        { name: '企业数', type: 'bar', data: d.zones.map(function (z) { return z.enterprises; }) },
        { name: '有效高企数', type: 'bar', data: d.zones.map(function (z) { return z.hntes; }) },
        { name: '高新技术产品收入（上年，万元）', type: 'line', yAxisIndex: 1, data: d.zones.map(function (z) { return z.highTechRevenueWan; }) }
      ]
    });
    chart('chart-money', {
      textStyle: font, tooltip: { renderMode: 'richText', trigger: 'axis' }, legend: { top: 0 }, grid: { left: 72, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: d.money.map(function (m) { return m.payer; }) },
      yAxis: { type: 'value', name: '万元' },
      series: [
        { name: '预算', type: 'bar', data: d.money.map(function (m) { return m.budgetWan; }) },
        { name: '已预留未拨付', type: 'bar', data: d.money.map(function (m) { return m.reservedWan; }) },
        { name: '已拨付', type: 'bar', data: d.money.map(function (m) { return m.paidWan; }) }
      ]
    });
    chart('chart-awards', {
      textStyle: font, tooltip: { renderMode: 'richText', trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
      series: [{ type: 'pie', radius: ['35%', '65%'], data: d.awardsByStatus.map(function (s) { return { name: s.status, value: s.count }; }) }]
    });
    chart('chart-lights', {
      textStyle: font, tooltip: { renderMode: 'richText', trigger: 'axis' }, legend: { top: 0 }, grid: { left: 170, right: 16, top: 36, bottom: 24 },
      yAxis: { type: 'category', data: d.lights.map(function (l) { return l.target; }) },
      xAxis: { type: 'value', name: '个高新区', minInterval: 1 },
      series: [
        { name: '达标', type: 'bar', stack: 'l', data: d.lights.map(function (l) { return l.green; }), itemStyle: { color: '#2e8b57' } },
        { name: '未达标', type: 'bar', stack: 'l', data: d.lights.map(function (l) { return l.red; }), itemStyle: { color: '#c0392b' } },
        { name: '数据不全', type: 'bar', stack: 'l', data: d.lights.map(function (l) { return l.grey; }), itemStyle: { color: '#9aa3ad' } }
      ]
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', draw); } else { draw(); }
})();
