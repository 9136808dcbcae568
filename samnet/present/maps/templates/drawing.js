/* samnet map: drawing a large map quickly, without changing what is drawn.
   map.js calls window.samnetDrawing.install(network) once a map's network holds its edges,
   and window.samnetDrawing.settleZoom(network) to bring a large map's lines back after a zoom. */
(function () {
  "use strict";

  // A dashed line is the costly part of a frame: the browser draws every dash of every
  // dashed line, also the dashes outside the window (on a 2,000-actor map most of the time
  // of a frame). Only the part of a straight dashed line that can reach the window is
  // drawn here, starting its dash pattern where the whole line would have it there, so the
  // pixels are those of the whole line. Curved lines and self-loops keep vis-network's drawing.
  var patched = null, culled = null, settled = 0, atOnce = 0, wholeFrameMs = [];
  // What is drawn the quick way: dashes clipped to the window, thin dashes with square ends,
  // lines wholly outside the window left out, line colours kept. Tests turn them off one by
  // one to hold the pixels against vis-network's own drawing.
  var quick = { clip: true, square: true, cull: true, colours: true };

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

  // Whether an edge and all it draws (line, arrowheads, glow) lies outside the window: the box
  // of its ends and, for a curve, the point it bends towards, widened by what can stick out
  // of it (half the line, an arrowhead, a shadow). The window, in canvas
  // units and a few pixels wider, is set before each frame (windowBox); an edge's answer is
  // kept for the frame, asked for its line and again for its arrowheads.
  function outsideView(edge) {
    var box = edge.body && edge.body.samnetWindow, a = edge.from, b = edge.to;
    if (!box || !a || !b || a === b) return false;
    if (edge.samnetFrame === box.frame) return edge.samnetOutside;
    var options = edge.options, width = options.width || 1, shadow = options.shadow || {};
    // A shadow's blur and offset are in window pixels whatever the zoom (the canvas does not scale them).
    var glow = shadow.enabled ? (shadow.size || 0) + Math.abs(shadow.x || 0) + Math.abs(shadow.y || 0) : 0;
    var margin = 4 * width + 30 + glow / box.scale, ends = lineBox(edge, a, b);
    edge.samnetFrame = box.frame;
    edge.samnetOutside = ends.r + margin < box.l || ends.l - margin > box.r || ends.b + margin < box.t || ends.t - margin > box.b;
    return edge.samnetOutside;
  }

  // The box of a line's ends and, for a curve, its bend point; kept while the ends stay where they are.
  function lineBox(edge, a, b) {
    var kept = edge.samnetLineBox, smooth = edge.options.smooth;
    var curved = !!(smooth && smooth.enabled);
    if (kept && kept.ax === a.x && kept.ay === a.y && kept.bx === b.x && kept.by === b.y && kept.curved === curved &&
        kept.type === (curved ? smooth.type + smooth.roundness : "")) return kept;
    var box = { ax: a.x, ay: a.y, bx: b.x, by: b.y, curved: curved, type: curved ? smooth.type + smooth.roundness : "",
                l: Math.min(a.x, b.x), r: Math.max(a.x, b.x), t: Math.min(a.y, b.y), b: Math.max(a.y, b.y) };
    if (curved) {
      var via = edge.edgeType.getViaNode();
      if (via && via.x !== undefined) {
        box.l = Math.min(box.l, via.x); box.r = Math.max(box.r, via.x); box.t = Math.min(box.t, via.y); box.b = Math.max(box.b, via.y);
      }
    }
    edge.samnetLineBox = box;
    return box;
  }

  var frameCount = 0;
  function windowBox(network) {
    var view = network.body.view, frame = network.body.container, s = view.scale, px = 4 / s;
    var l = -view.translation.x / s, t = -view.translation.y / s;
    frameCount += 1;
    network.body.samnetWindow = {
      l: l - px, r: l + frame.clientWidth / s + px, t: t - px, b: t + frame.clientHeight / s + px, scale: s, frame: frameCount, left: 0
    };
  }

  // Whether an edge has an arrowhead to draw: vis-network prepares every edge's colours and
  // widths a second time to find out.
  function arrowless(edge) {
    var arrows = edge.options.arrows;
    return !!arrows && !(arrows.to && arrows.to.enabled) && !(arrows.from && arrows.from.enabled) &&
      !(arrows.middle && arrows.middle.enabled);
  }

  // On a large map most lines in a zoomed-in view lie wholly outside the window: vis-network
  // prepares each (colours, widths, arrowheads) before the canvas drops it; here it is skipped,
  // and so are the arrowheads of a line that has none.
  function cull(edgeClass) {
    if (culled === edgeClass) return;
    culled = edgeClass;
    var draw = edgeClass.draw, drawArrows = edgeClass.drawArrows;
    edgeClass.draw = function () {
      if (quick.cull && outsideView(this)) { this.body.samnetWindow.left += 1; return; }
      return draw.apply(this, arguments);
    };
    edgeClass.drawArrows = function () {
      if (quick.cull && (arrowless(this) || outsideView(this))) return;
      return drawArrows.apply(this, arguments);
    };
  }

  // vis-network turns a line's colour and opacity into an rgba() text for every line of every
  // frame (a regular expression and new strings each time: megabytes per frame on a large map).
  // The text depends on those two alone for a line that does not take its nodes' colours, so
  // it is kept, by colour and opacity, for the lines' class (curved and straight share it).
  var rememberedColours = null;
  function rememberColours(edgeType) {
    var owner = edgeType;
    while (owner && !Object.prototype.hasOwnProperty.call(owner, "getColor")) owner = Object.getPrototypeOf(owner);
    if (!owner || owner === rememberedColours) return;
    rememberedColours = owner;
    var getColor = owner.getColor, texts = {};
    owner.getColor = function (ctx, values) {
      if (!quick.colours || values.inheritsColor !== false || typeof values.color !== "string") {
        return getColor.apply(this, arguments);
      }
      var key = values.color + "|" + values.opacity;
      if (!Object.prototype.hasOwnProperty.call(texts, key)) texts[key] = getColor.apply(this, arguments);
      return texts[key];
    };
  }

  function install(network) {
    var edges = network.body.edges, straight = null;
    for (var any in edges) {
      cull(Object.getPrototypeOf(edges[any]));
      if (edges[any].edgeType) rememberColours(edges[any].edgeType);
      network.on("beforeDrawing", function () { windowBox(network); });
      break;
    }
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
      if (!quick.clip || !view || this.from === this.to || ctx.setLineDash === undefined || arguments.length > 3) {
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
      var thin = quick.square && squareDashes(pattern, values.width, view.scale);
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
  // A single step of the wheel after a rest (one click of a mouse wheel) needs no frame without
  // lines: when the map's last whole frame took at most AT_ONCE_MS (drawing and painting), the
  // frame the step asks for is drawn whole at once. The next steps of a wheel that keeps turning
  // come within SETTLE_MS and leave the lines out as above; they wait behind the first step's
  // frame, so AT_ONCE_MS bounds that wait: a sixth of a second, once per turn of the wheel.
  var AT_ONCE_MS = 150, atOnceMs = AT_ONCE_MS, WHOLE_FRAMES = 3;

  // Calls back with the milliseconds each whole frame took, from the start of its drawing to
  // the first task after it: the canvas is painted into pixels before that task runs.
  function timeWholeFrames(network, callback) {
    var renderer = network.renderer, started = null, channel = new MessageChannel();
    channel.port1.onmessage = function () {
      if (started === null) return;
      callback(performance.now() - started);
      started = null;
    };
    network.on("beforeDrawing", function () {
      started = renderer.zooming || renderer.dragging ? null : performance.now();
    });
    network.on("afterDrawing", function () {
      if (started !== null) channel.port2.postMessage(0);
    });
  }

  function settleZoom(network) {
    var renderer = network.renderer, timer = null;
    if (!renderer || !renderer.options || !renderer.options.hideEdgesOnZoom) return;
    // The measure is the quickest of the last WHOLE_FRAMES whole frames: a frame slowed by other
    // work on the machine says little about the map. The first whole frame, drawn as the page
    // gets ready, also pays for what is done once (measuring every label, the script's first
    // run) and is not taken: until a later frame is timed, a single step is drawn at once, and timed.
    var wheel = false, lastWheel = -Infinity, rested = false, wholeMs = 0, frames = 0, recent = [];
    timeWholeFrames(network, function (ms) {
      frames += 1;
      wholeFrameMs.push(ms);
      if (wholeFrameMs.length > 50) wholeFrameMs.shift();
      if (frames === 1) return;
      recent.push(ms);
      if (recent.length > WHOLE_FRAMES) recent.shift();
      wholeMs = Math.min.apply(null, recent);
    });
    // Before vis-network's own listener on the canvas: the time of this step and of the one before.
    network.canvas.frame.addEventListener("wheel", function (event) {
      wheel = true;
      rested = event.timeStamp - lastWheel > SETTLE_MS;
      lastWheel = event.timeStamp;
    }, { capture: true, passive: true });
    network.on("zoom", function () {
      window.clearTimeout(timer);
      var single = wheel && rested && wholeMs <= atOnceMs;
      wheel = false;
      if (single) {
        // The frame vis-network has asked for is still to come: it now draws the lines too.
        window.clearTimeout(renderer.zoomTimeoutId);
        renderer.zooming = false;
        atOnce += 1;
        return;
      }
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
    // For tests and benchmarks: whether dashed lines are drawn clipped to the window; which quick
    // ways to draw (see quick; each false draws as vis-network does); how many edges a map's last
    // frame left out; how often a zoom was settled here and how often a single step was drawn
    // whole at once; the longest whole frame after which a step is (below 0: never; none:
    // AT_ONCE_MS); the milliseconds the last whole frames took.
    clipsDashes: function () { return patched !== null; },
    use: function (ways) { for (var key in ways) quick[key] = !!ways[key]; },
    leftOut: function (network) { return network.body.samnetWindow ? network.body.samnetWindow.left : 0; },
    settled: function () { return settled; },
    atOnce: function () { return atOnce; },
    atOnceWithin: function (ms) { atOnceMs = ms === undefined ? AT_ONCE_MS : ms; },
    wholeFrames: function () { return wholeFrameMs.slice(); }
  };
})();
