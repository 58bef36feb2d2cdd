/*
 * Goalpost chart glue: renders an Apache ECharts option sent by the server (EChart.java) into the
 * component's element, keeps one chart instance per element, and resizes it with its container.
 * Loaded as a static resource (no npm, no bundle); EChart adds echarts.min.js from the org.mvnpm:echarts jar to the
 * page, and this file needs window.echarts only when it draws.
 *
 * Server-side options are pure JSON, so functions cannot travel with them. Two conventions fill the gap:
 *  - a data item may carry `tip`: the tooltip shows that pre-formatted text (locale and currency done on the server);
 *  - an axis may carry `gpPercent: true`: its labels are shown with a % sign;
 *  - a markLine with a `tooltip` shows the `tip` of the mark hovered (target changes, notes, triggers).
 */
(function () {
  function tooltipFormatter(params) {
    var items = Array.isArray(params) ? params : [params];
    var lines = [];
    if (items.length && items[0].axisValueLabel !== undefined) {
      lines.push('<b>' + items[0].axisValueLabel + '</b>');
    }
    items.forEach(function (p) {
      if (p.value === null || p.value === undefined || (Array.isArray(p.value) && p.value[1] === null)) {
        return;
      }
      var text = p.data && p.data.tip ? p.data.tip : p.seriesName + ': ' + (Array.isArray(p.value) ? p.value[1] : p.value);
      lines.push(p.marker + text);
    });
    return lines.join('<br>');
  }

  function decorate(option) {
    if (option.tooltip) {
      option.tooltip.formatter = tooltipFormatter;
    }
    // marks on the timeline (markLine) carry their own `tip` and their own item tooltip
    (option.series || []).forEach(function (series) {
      if (series.markLine && series.markLine.tooltip) {
        series.markLine.tooltip.formatter = function (p) { return p.data && p.data.tip ? p.data.tip : ''; };
      }
    });
    ['yAxis', 'xAxis'].forEach(function (key) {
      var axes = option[key] ? (Array.isArray(option[key]) ? option[key] : [option[key]]) : [];
      axes.forEach(function (axis) {
        if (axis.gpPercent) {
          axis.axisLabel = axis.axisLabel || {};
          axis.axisLabel.formatter = '{value} %';
        }
      });
    });
    return option;
  }

  window.goalpostCharts = {
    render: function (element, optionJson) {
      if (!window.echarts) {
        element.textContent = 'Charts could not be loaded.';
        return;
      }
      var chart = window.echarts.getInstanceByDom(element) || window.echarts.init(element, null, { renderer: 'canvas' });
      chart.setOption(decorate(JSON.parse(optionJson)), true);
      if (!element.__goalpostResize && window.ResizeObserver) {
        element.__goalpostResize = new ResizeObserver(function () { chart.resize(); });
        element.__goalpostResize.observe(element);
      }
      element.setAttribute('data-rendered', 'true');
    },
    dispose: function (element) {
      var chart = window.echarts && window.echarts.getInstanceByDom(element);
      if (chart) {
        chart.dispose();
      }
      if (element.__goalpostResize) {
        element.__goalpostResize.disconnect();
        element.__goalpostResize = null;
      }
    }
  };
})();
