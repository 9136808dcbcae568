/* samnet map: drawing a large map quickly, without changing what is drawn.
   map.js calls window.samnetDrawing.install(network) once a map's network holds its edges. */
(function () {
  "use strict";

  // A dashed line is the costly part of a frame: the browser draws every dash of every
  // dashed line, also the dashes outside the window (on a 2,000-actor map most of the time
  // of a frame). Only the part of a straight dashed line that can reach the window is
  // drawn here, starting its dash pattern where the whole line would have it there, so the
  // pixels are those of the whole line. Curved lines and self-loops keep vis-network's drawing.
  var patched = null, clip = true, square = true, settled = 0;

  function clipped(edgeType, view, canvas, margin) {
    var a = edgeType.fromPoint, b = edgeType.toPoint, s = view.scale;
    var box = {
      l: -view.translation.x / s - margin, r: (canvas.clientWidth - view.translation.x) / s + margin,
      t: -view.translation.y / s - margin, b: (canvas.clientHeight - view.translation.y) / s + margin
    };
    // Liang-Barsky: the parameters t0 <= t1 of the line a + t (b - a) inside the box.
    var dx = b.x - a.x, dy = b.y - a.y, t0 = 0, t1 = 1;
    var p = [-dx, dx, -dy, dy], q = [a.x - box.l, box.r - a.x, a.y - box.t, box.b - a.y];
    for (var i = 0; i < 4; i++) {
      if (p[i] === 0) {
        if (q[i] < 0) return null;
      } else {
        var t = q[i] / p[i];
        if (p[i] < 0) { if (t > t1) return null; if (t > t0) t0 = t; }
        else { if (t < t0) return null; if (t < t1) t1 = t; }
      }
    }
    return { t0: t0, t1: t1, a: a, dx: dx, dy: dy, length: Math.sqrt(dx * dx + dy * dy) };
  }

  // A line at most THIN_PX wide on screen: its round dash ends cannot be told from square ones.
  var THIN_PX = 1.5;

  // The same dashes with square ends, for a thin line: a round cap adds half the line's width
  // at each end of a dash, so each dash grows by the width and each gap shrinks by it (and
  // the pattern starts half a width earlier). Square ends are drawn several times faster.
  // null where the caps matter: a wide line, or gaps the caps would close.
  function squareDashes(pattern, width, scale) {
    if (width * scale > THIN_PX || pattern.length % 2 !== 0) return null;
    var out = [];
    for (var i = 0; i < pattern.length; i += 2) {
      if (pattern[i + 1] <= width) return null;
      out.push(pattern[i] + width, pattern[i + 1] - width);
    }
    return out;
  }

  function install(network) {
    var edges = network.body.edges, straight = null;
    for (var id in edges) {
      var type = edges[id].edgeType;
      if (type && typeof type._drawDashedLine === "function" && type.options.smooth.enabled === false) {
        straight = Object.getPrototypeOf(type);
        break;
      }
    }
    // No straight line to learn the class from yet, or already done: vis-network draws as it does.
    if (!straight || patched === straight) return;
    patched = straight;
    var original = straight._drawDashedLine;
    straight._drawDashedLine = function (ctx, values, viaNode) {
      var view = this._body && this._body.view;
      if (!clip || !view || this.from === this.to || ctx.setLineDash === undefined || arguments.length > 3) {
        return original.apply(this, arguments);
      }
      // As vis-network: round caps, left set for what is drawn after.
      ctx.lineCap = "round";
      var pattern = Array.isArray(values.dashes) ? values.dashes : [5, 5];
      var shadow = values.shadow === true ? values.shadowSize + Math.max(Math.abs(values.shadowX), Math.abs(values.shadowY)) : 0;
      // Room beyond the window for a round cap, anti-aliasing and a glow (all in window pixels but the cap).
      var line = clipped(this, view, ctx.canvas, values.width + (shadow + 4) / view.scale);
      if (line === null) return;
      ctx.save();
      var thin = square && squareDashes(pattern, values.width, view.scale);
      if (thin) {
        // Inside save(): vis-network's round caps are back for what is drawn after.
        ctx.lineCap = "butt";
        ctx.setLineDash(thin);
        ctx.lineDashOffset = line.t0 * line.length + values.width / 2;
      } else {
        ctx.setLineDash(pattern);
        ctx.lineDashOffset = line.t0 * line.length;
      }
      ctx.beginPath();
      ctx.moveTo(line.a.x + line.t0 * line.dx, line.a.y + line.t0 * line.dy);
      ctx.lineTo(line.a.x + line.t1 * line.dx, line.a.y + line.t1 * line.dy);
      this.enableShadow(ctx, values);
      ctx.stroke();
      this.disableShadow(ctx, values);
      ctx.setLineDash([0]);
      ctx.lineDashOffset = 0;
      ctx.restore();
    };
  }

  // A large map leaves its lines out while the wheel turns (interaction.hideEdgesOnZoom) and,
  // left to vis-network, draws them again only 250 ms after the last turn. The lines are back
  // once the wheel has rested SETTLE_MS: long enough to keep them out between the events of one
  // turn of the wheel, short enough that the whole map shows at once after it.
  var SETTLE_MS = 60;

  function settleZoom(network) {
    var renderer = network.renderer, timer = null;
    if (!renderer || !renderer.options || !renderer.options.hideEdgesOnZoom) return;
    network.on("zoom", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        if (!renderer.zooming) return;
        // vis-network's own timer would only draw the same frame again.
        window.clearTimeout(renderer.zoomTimeoutId);
        renderer.zooming = false;
        settled += 1;
        network.redraw();
      }, SETTLE_MS);
    });
  }

  window.samnetDrawing = {
    install: install,
    settleZoom: settleZoom,
    // For tests: whether dashed lines are drawn clipped to the window; drawing them as
    // vis-network does (false), clipped, and with square ends; how often a zoom was settled here.
    clipsDashes: function () { return patched !== null; },
    use: function (clipped, squared) { clip = !!clipped; square = !!squared; },
    settled: function () { return settled; }
  };
})();
