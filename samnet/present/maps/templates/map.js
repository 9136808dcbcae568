/* samnet map: filters, search, findings and the side panel.
   Texts from the data reach the DOM through textContent only, never as markup. */
(function () {
  "use strict";

  var ui = JSON.parse(document.getElementById("samnet-ui").textContent);
  var T = ui.t;
  var sizeBy = ui.sizeBy;
  var views = [];
  var details = document.getElementById("details");
  var detailsBody = document.getElementById("details-body");
  var ACTOR_METRICS = ["degree", "strength", "betweenness", "eigenvector"];

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function fmt(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, key) { return String(values[key]); });
  }

  function num(value) {
    if (typeof value !== "number") return String(value);
    if (value % 1 === 0) return String(value);
    // The reader's decimal sign, as in the report: 0,164 in Swedish, 0.164 in English.
    var text = value.toFixed(3);
    return ui.lang === "sv" ? text.replace(".", ",") : text;
  }

  function anyOn(list, on) {
    for (var i = 0; i < list.length; i++) if (on[list[i]]) return true;
    return false;
  }

  /* ---------------------------------------------------------- filters */

  function filterState() {
    var f = { levels: {}, scopes: {}, areas: {}, oneway: true, forums: true, pdOnly: false };
    var boxes = document.querySelectorAll("input[data-filter]");
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i];
      var kind = box.getAttribute("data-filter");
      if (kind === "level") f.levels[box.value] = box.checked;
      else if (kind === "scope") f.scopes[box.value] = box.checked;
      else if (kind === "area") f.areas[box.value] = box.checked;
      else if (kind === "oneway") f.oneway = box.checked;
      else if (kind === "forums") f.forums = box.checked;
      else if (kind === "pdonly") f.pdOnly = box.checked;
//+status       else if (kind === "status") { f.status = f.status || {}; f.status[box.value] = box.checked; }
    }
    return f;
  }

  // The rule the module docstring of samnet.render describes.
  function edgeVisible(e, f) {
    if (e.cat === "oneway" && !f.oneway) return false;
    // Forum-only pairs stand in for the forum diamonds when those are hidden.
    if (e.cat === "fpair" && f.forums) return false;
    if (e.cat === "forum" && !f.forums) return false;
    if (f.pdOnly && !e.pd) return false;
//+status     // The basis filter (who said so): a line of an unchecked status is hidden.
//+status     if (e.st && f.status && !f.status[e.st]) return false;
    if (e.level !== null && e.level !== undefined && !f.levels[String(e.level)]) return false;
    if (e.scopes.length && !anyOn(e.scopes, f.scopes)) return false;
    if (e.areas.length && !anyOn(e.areas, f.areas)) return false;
    return true;
  }

  /* ---------------------------------------------------------- one map */

  function MapView(section, data) {
    var self = this;
    this.data = data;
    this.section = section;
    this.byId = {};
    this.hidden = {};
    data.nodes.forEach(function (n) { self.byId[n.id] = n; });
    data.edges.forEach(function (e) { self.hidden[e.id] = !!e.hidden; });
    this.nodeHidden = {};
    data.nodes.forEach(function (n) { self.nodeHidden[n.id] = !!n.hidden; });

    // Findings first: they take height from the canvas, and vis-network rescales the view on resize.
    this.findings = section.querySelector(".findings");
    this.renderFindings();
    var canvas = section.querySelector(".map-canvas");
    canvas.textContent = "";
    var options = JSON.parse(JSON.stringify(ui.options));
    if (data.big) {
      options.interaction.hover = false;
      options.interaction.hideEdgesOnDrag = true;
      options.interaction.hideEdgesOnZoom = true;
    }
    this.network = new vis.Network(canvas, {}, options);
    if (data.groups) this.network.on("beforeDrawing", function (ctx) { self.drawGroups(ctx); });
    this.build();

    this.network.on("click", function (params) {
      if (params.nodes.length) showNode(self, params.nodes[0]);
      else if (!params.edges.length) hideDetails();
//+status       else showEdge(self, params.edges[0]);
    });
  }

  // The first view, framed and labelled before vis-network holds a node: every node is then
  // built once with the font and label threshold it is drawn with. Updating them afterwards
  // would set every node's options again and redraw the whole map once per update, which on
  // a map of thousands of actors took longer than building it.
  MapView.prototype.build = function () {
    this.fit();
    var plan = this.labelPlan();
    this.nodes = new vis.DataSet(this.data.nodes.map(function (n) {
      return plan[n.id] ? Object.assign({}, n, plan[n.id]) : n;
    }));
    this.edges = new vis.DataSet(this.data.edges);
    this.network.setData({ nodes: this.nodes, edges: this.edges });
    // setData frames every node itself: back to the first view.
    this.network.moveTo({ position: this.view.position, scale: this.view.scale, animation: false });
    window.samnetDrawing.install(this.network);
    window.samnetDrawing.settleZoom(this.network);
  };

  // Node positions by id: vis-network's once it holds the nodes, before that the data's.
  MapView.prototype.positions = function () {
    if (this.nodes) return this.network.getPositions();
    var pos = {};
    this.data.nodes.forEach(function (n) { pos[n.id] = { x: n.x, y: n.y }; });
    return pos;
  };

  // A node's radius as drawn: vis-network's size once it holds the node, before that the data's.
  MapView.prototype.radius = function (n) {
    var body = this.network.body.nodes[n.id];
    return body ? body.options.size : n.size !== undefined ? n.size : 10;
  };

  // Smallest on-screen size, in pixels, of the always-shown labels in the first view.
  var READABLE_PX = 12;
  // Room, in screen pixels, kept free around what the first view frames.
  var FIT_MARGIN = 8;

  // The smallest canvas box holding the given nodes with their dots and, for the central actors, labels.
  MapView.prototype.frameOf = function (nodes, pos) {
    var self = this, box = { l: Infinity, r: -Infinity, t: Infinity, b: -Infinity };
    nodes.forEach(function (n) {
      var p = pos[n.id], r = self.radius(n);
      var parts = [{ l: p.x - r, r: p.x + r, t: p.y - r, b: p.y + r }];
      if (n.top) parts.push(self.labelBox(n, n.font.size, pos));
      parts.forEach(function (q) {
        box.l = Math.min(box.l, q.l); box.r = Math.max(box.r, q.r);
        box.t = Math.min(box.t, q.t); box.b = Math.max(box.b, q.b);
      });
    });
    return box;
  };

  // The first view: the whole map with every central label whole, if its labels can be read
  // so; otherwise readable labels, framing the central actors (a large map is then cut at
  // its edges, where only unlabelled nodes lie, rather than in the middle of its labels).
  MapView.prototype.fit = function () {
    // A map grouped by kommun opens on the whole län, every kommun's circle and name on screen.
    if (this.data.groups) { this.fitWhole(); return; }
    var room = this.room(), w = room.w, h = room.h;
    var pos = this.positions(), font = this.topFont();
    var frame = this.frameOf(this.data.nodes, pos);
    var scale = Math.min(w / (frame.r - frame.l), h / (frame.b - frame.t));
    if (font && scale * font < READABLE_PX) {
      frame = this.frameOf(this.data.nodes.filter(function (n) { return n.top; }), pos);
      // Somewhat smaller labels, if that keeps every central label whole; never under MIN_PX.
      var whole = Math.min(w / (frame.r - frame.l), h / (frame.b - frame.t));
      scale = Math.max(Math.min(READABLE_PX / font, whole), MIN_PX / font);
    }
    this.showFrame(frame, scale);
    // A central label the frame would cut (a narrow map, side by side with another) waits for zooming in.
    this.demote(pos, room.rect, false);
  };

  // The map canvas's box on the page, and the room inside it that a frame may fill.
  MapView.prototype.room = function () {
    var rect = this.section.querySelector(".map-canvas").getBoundingClientRect();
    return { rect: rect, w: Math.max(rect.width - 2 * FIT_MARGIN, 50), h: Math.max(rect.height - 2 * FIT_MARGIN, 50) };
  };

  // The largest font of the always-labelled central actors (0 when there are none).
  MapView.prototype.topFont = function () {
    var font = 0;
    this.data.nodes.forEach(function (n) { if (n.top && n.font) font = Math.max(font, n.font.size); });
    return font;
  };

  // Centres the view on a canvas frame at a scale, and keeps it as the first view.
  MapView.prototype.showFrame = function (frame, scale) {
    this.view = { position: { x: (frame.l + frame.r) / 2, y: (frame.t + frame.b) / 2 }, scale: scale };
    this.network.moveTo({ position: this.view.position, scale: scale, animation: false });
  };

  // The central actors whose labels wait for zooming in: all of them when ``all``, else those
  // whose label the view would cut at the canvas's edges.
  MapView.prototype.demote = function (pos, rect, all) {
    var self = this;
    this.demoted = {};
    this.data.nodes.forEach(function (n) {
      if (!n.top) return;
      var q = self.labelBox(n, n.font.size, pos);
      var a = self.network.canvasToDOM({ x: q.l, y: q.t }), b = self.network.canvasToDOM({ x: q.r, y: q.b });
      if (all || a.x < 0 || a.y < 0 || b.x > rect.width || b.y > rect.height) self.demoted[n.id] = true;
    });
  };

  // "Show the whole map": every node on screen, even where the map is too large for its labels
  // to be read at once. The central labels stay if they can be read whole at that zoom; else
  // they wait, like every other label, for zooming in.
  MapView.prototype.fitWhole = function () {
    var room = this.room(), w = room.w, h = room.h;
    var pos = this.positions(), font = this.topFont();
    var dots = this.data.nodes.map(function (n) { return { id: n.id, top: false }; });
    var frame = this.withGroups(this.frameOf(dots, pos), w, h);
    var scale = Math.min(w / Math.max(frame.r - frame.l, 1), h / Math.max(frame.b - frame.t, 1));
    var readable = !font || scale * font >= MIN_PX;
    if (readable) {
      frame = this.withGroups(this.frameOf(this.data.nodes, pos), w, h);
      scale = Math.min(w / (frame.r - frame.l), h / (frame.b - frame.t));
      readable = !font || scale * font >= MIN_PX;
    }
    this.showFrame(frame, scale);
    this.demote(pos, room.rect, !readable);
    // Before vis-network holds the nodes (the first view), the label plan reads the demoted ones.
    if (!this.nodes) return;
    var self = this;
    this.nodes.update(this.data.nodes.filter(function (n) { return n.top; }).map(function (n) {
      return { id: n.id, scaling: { label: { drawThreshold: self.demoted[n.id] ? self.hiddenThreshold(n, scale) : 5 } } };
    }));
  };

  /* ---------------------------------------------------------- kommun groups (a map of several kommuner) */

  // On-screen size of a kommun's name, whatever the zoom, and the gap between its lines.
  var GROUP_NAME_PX = 14, GROUP_LINE = 1.25;

  // A kommun's name in lines no wider than its circle on screen (at least GROUP_MIN_PX), word by word.
  var GROUP_MIN_PX = 90;
  MapView.prototype.groupLines = function (g, scale) {
    measure.font = "600 " + GROUP_NAME_PX + "px " + ui.options.nodes.font.face;
    var most = Math.max(2 * g.r * scale, GROUP_MIN_PX), lines = [];
    g.name.split(" ").forEach(function (word) {
      var last = lines.length - 1;
      if (last >= 0 && measure.measureText(lines[last] + " " + word).width <= most) lines[last] += " " + word;
      else lines.push(word);
    });
    return lines;
  };

  // Where a kommun's name stands: outside its circle, away from the middle of the ring (above the
  // circles at the top, below those at the bottom, beside those at the sides), so that it does
  // not run into the next circle. Returns the lines, their box and the first line's anchor.
  MapView.prototype.groupName = function (g, scale) {
    var groups = this.data.groups, mx = 0, my = 0;
    groups.forEach(function (q) { mx += q.x / groups.length; my += q.y / groups.length; });
    var lines = this.groupLines(g, scale), size = GROUP_NAME_PX / scale;
    measure.font = "600 " + GROUP_NAME_PX + "px " + ui.options.nodes.font.face;
    var wide = Math.max.apply(null, lines.map(function (l) { return measure.measureText(l).width; })) / scale;
    var tall = lines.length * GROUP_LINE * size, gap = 0.4 * size;
    var dx = (g.x - mx) / 1.4, dy = g.y - my, side = Math.abs(dx) > 2 * Math.abs(dy);
    var box;
    if (side && dx > 0) box = { l: g.x + g.r + gap, t: g.y - tall / 2 };
    else if (side) box = { l: g.x - g.r - gap - wide, t: g.y - tall / 2 };
    else if (dy < 0) box = { l: g.x - wide / 2, t: g.y - g.r - gap - tall };
    else box = { l: g.x - wide / 2, t: g.y + g.r + gap };
    box.r = box.l + wide;
    box.b = box.t + tall;
    return { lines: lines, box: box, size: size };
  };

  // Canvas boxes of the kommun circles with their names, at a scale.
  MapView.prototype.groupBoxes = function (scale) {
    var self = this;
    return (this.data.groups || []).map(function (g) {
      var q = self.groupName(g, scale).box;
      return { id: g.id, l: Math.min(g.x - g.r, q.l), r: Math.max(g.x + g.r, q.r),
               t: Math.min(g.y - g.r, q.t), b: Math.max(g.y + g.r, q.b), name: q };
    });
  };

  // A frame widened to the kommun circles and names; a few times, since the names' room depends on the scale.
  MapView.prototype.withGroups = function (frame, w, h) {
    if (!this.data.groups) return frame;
    var box = frame;
    for (var i = 0; i < 3; i++) {
      var scale = Math.min(w / Math.max(box.r - box.l, 1), h / Math.max(box.b - box.t, 1));
      box = { l: frame.l, r: frame.r, t: frame.t, b: frame.b };
      this.groupBoxes(scale).forEach(function (q) {
        box.l = Math.min(box.l, q.l); box.r = Math.max(box.r, q.r);
        box.t = Math.min(box.t, q.t); box.b = Math.max(box.b, q.b);
      });
    }
    return box;
  };

  // Each kommun as a pale circle with its name, under the network.
  MapView.prototype.drawGroups = function (ctx) {
    var self = this, scale = this.network.getScale();
    ctx.save();
    this.data.groups.forEach(function (g) {
      ctx.beginPath();
      ctx.arc(g.x, g.y, g.r, 0, 2 * Math.PI);
      ctx.fillStyle = "rgba(74, 111, 165, 0.06)";
      ctx.fill();
      ctx.lineWidth = 1.5 / scale;
      ctx.strokeStyle = "rgba(74, 111, 165, 0.6)";
      ctx.stroke();
      var name = self.groupName(g, scale);
      ctx.font = "600 " + name.size + "px " + ui.options.nodes.font.face;
      ctx.textAlign = "center";
      ctx.textBaseline = "middle";
      ctx.fillStyle = "#1f3b63";
      name.lines.forEach(function (line, i) {
        ctx.fillText(line, (name.box.l + name.box.r) / 2, name.box.t + name.size * GROUP_LINE * (i + 0.5));
      });
    });
    ctx.restore();
  };

  // Whether a node's label is always drawn: a central actor's, unless the first view would cut it.
  MapView.prototype.labelled = function (n) {
    return !!n.top && !(this.demoted && this.demoted[n.id]);
  };

  // The most central actors ("top") are always labelled. Other labels appear
  // once the map is zoomed in past ZOOM_REVEAL times the first view, where
  // there is room for them: vis-network skips a label drawn smaller than its
  // drawThreshold - 1 (in screen pixels), so a threshold of MIN_PX + 1 also
  // keeps every other label at MIN_PX or more whenever it is drawn.
  var ZOOM_REVEAL = 1.6;
  var MIN_PX = 11;
  var measure = document.createElement("canvas").getContext("2d");

  // A label's box in canvas units: vis-network centres it under the node, one font size high,
  // its top half a font size and LABEL_DROP below the shape (an external label drawn "hanging").
  var LABEL_DROP = 4;
  MapView.prototype.labelBox = function (n, font, pos) {
    measure.font = font + "px " + ui.options.nodes.font.face;
    var w = measure.measureText(n.label || "").width;
    var p = pos[n.id], r = this.radius(n), top = p.y + r + font / 2 + LABEL_DROP;
    return { l: p.x - w / 2, r: p.x + w / 2, t: top, b: top + font };
  };

  function clash(box, placed) {
    for (var i = 0; i < placed.length; i++) {
      var q = placed[i];
      if (Math.min(box.r, q.r) > Math.max(box.l, q.l) && Math.min(box.b, q.b) > Math.max(box.t, q.t)) return true;
    }
    return false;
  }

  // Labels the current view can show besides the central actors': each candidate, in order,
  // at no less than MIN_PX on screen, where its box overlaps no label already placed.
  // Returns {id: font size} of the placed ones.
  MapView.prototype.placeLabels = function (candidates) {
    var self = this, scale = this.network.getScale(), pos = this.positions();
    var placed = [], chosen = {};
    var canvas = this.room().rect;
    // A few pixels in from the edges: a label touching the frame reads as cut.
    var view = { a: this.network.DOMtoCanvas({ x: FIT_MARGIN, y: FIT_MARGIN }),
                 b: this.network.DOMtoCanvas({ x: canvas.width - FIT_MARGIN, y: canvas.height - FIT_MARGIN }) };
    function inView(q) { return q.l >= view.a.x && q.r <= view.b.x && q.t >= view.a.y && q.b <= view.b.y; }
    // Dots are obstacles too: a label written over a node hides it; so are the kommuner's names.
    if (this.data.groups) this.groupBoxes(scale).forEach(function (q) { placed.push(q.name); });
    var dots = {};
    this.data.nodes.forEach(function (n) {
      if (self.labelled(n)) placed.push(self.labelBox(n, n.font.size, pos));
      var p = pos[n.id], r = self.radius(n);
      dots[n.id] = { l: p.x - r, r: p.x + r, t: p.y - r, b: p.y + r };
    });
    var dotIds = Object.keys(dots), dotBoxes = dotIds.map(function (k) { return dots[k]; });
    // Whether the box covers another node's dot than the labelled node's own.
    function onDot(box, own) {
      for (var i = 0; i < dotBoxes.length; i++) if (dotIds[i] !== own && clash(box, [dotBoxes[i]])) return true;
      return false;
    }
    candidates.forEach(function (n) {
      var font = Math.max(n.font.size, (MIN_PX + 0.5) / scale);
      var box = self.labelBox(n, font, pos);
      if (inView(box) && !clash(box, placed) && !onDot(box, n.id)) { placed.push(box); chosen[n.id] = font; }
    });
    return chosen;
  };

  // Forums with most members first: they stand for most of the samverkan.
  function byWeight(a, b) {
    var wa = a.cat === "forum" ? a.members.length : 0, wb = b.cat === "forum" ? b.members.length : 0;
    return wb - wa || (a.id < b.id ? -1 : 1);
  }

  MapView.prototype.hiddenThreshold = function (n, scale) {
    return Math.max(MIN_PX + 1, n.font.size * scale * ZOOM_REVEAL + 1);
  };

  // The font and label threshold of every node not always labelled, in the current view, by id.
  MapView.prototype.labelPlan = function () {
    var self = this, scale = this.network.getScale();
    var forums = this.data.nodes.filter(function (n) { return n.cat === "forum"; }).sort(byWeight);
    var chosen = this.placeLabels(forums);
    var plan = {};
    var thresholds = this.thresholds = {};
    var fonts = this.fonts = {};
    this.data.nodes.forEach(function (n) {
      if (self.labelled(n)) return;
      fonts[n.id] = chosen[n.id] || n.font.size;
      thresholds[n.id] = chosen[n.id] ? MIN_PX + 1 : self.hiddenThreshold(n, scale);
      plan[n.id] = { font: Object.assign({}, n.font, { size: fonts[n.id] }),
                     scaling: { label: { drawThreshold: thresholds[n.id] } } };
    });
    return plan;
  };

  MapView.prototype.labelOnZoom = function () {
    var plan = this.labelPlan();
    var updates = this.data.nodes.filter(function (n) { return plan[n.id]; })
      .map(function (n) { return Object.assign({ id: n.id }, plan[n.id]); });
    if (updates.length) this.nodes.update(updates);
  };

  MapView.prototype.applyFilters = function (f) {
    var self = this;
    var edgeUpdates = [];
    this.data.edges.forEach(function (e) {
      var hide = !edgeVisible(e, f);
      if (self.hidden[e.id] !== hide) {
        self.hidden[e.id] = hide;
        edgeUpdates.push({ id: e.id, hidden: hide });
      }
    });
    if (edgeUpdates.length) this.edges.update(edgeUpdates);
    var nodeUpdates = [];
    this.data.nodes.forEach(function (n) {
      // Only what changes: every update redraws the whole map.
      if (n.cat === "forum" && self.nodeHidden[n.id] !== !f.forums) {
        self.nodeHidden[n.id] = !f.forums;
        nodeUpdates.push({ id: n.id, hidden: !f.forums });
      }
    });
    if (nodeUpdates.length) this.nodes.update(nodeUpdates);
  };

  // The lines the filters show, from the map's own record of what it hid (visibleEdgeCount
  // asks vis-network, copying every edge).
  MapView.prototype.shownEdgeCount = function () {
    var hidden = this.hidden;
    return this.data.edges.filter(function (e) { return !hidden[e.id]; }).length;
  };

  MapView.prototype.visibleEdgeCount = function () {
    return this.edges.get({ filter: function (e) { return !e.hidden; } }).length;
  };

  MapView.prototype.visibleNodeCount = function () {
    return this.nodes.get({ filter: function (n) { return !n.hidden; } }).length;
  };

  // What vis-network itself holds and draws, for tests that must not trust our own bookkeeping.
  MapView.prototype.renderedNodeCount = function () {
    return Object.keys(this.network.body.nodes).length;
  };

  MapView.prototype.renderedEdgeCount = function () {
    var body = this.network.body;
    return Object.keys(body.edges).filter(function (id) {
      var edge = body.edges[id];
      return edge.options.hidden !== true && edge.connected;
    }).length;
  };

  MapView.prototype.resize = function () {
    var self = this;
    var updates = [];
    this.data.nodes.forEach(function (n) {
      if (n.cat === "actor") updates.push({ id: n.id, size: n.sizes[sizeBy] });
    });
    this.nodes.update(updates);
    this.renderFindings();
  };

  MapView.prototype.find = function (query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    var nodes = this.data.nodes.slice().sort(function (a, b) {
      return a.name.localeCompare(b.name, ui.lang) || (a.id < b.id ? -1 : 1);
    });
    var tests = [
      function (n) { return n.name.toLowerCase() === q || n.id === q; },
      function (n) { return n.name.toLowerCase().indexOf(q) === 0; },
      function (n) { return n.name.toLowerCase().indexOf(q) >= 0 || n.id.indexOf(q) >= 0; }
    ];
    for (var i = 0; i < tests.length; i++) {
      for (var j = 0; j < nodes.length; j++) if (tests[i](nodes[j])) return nodes[j].id;
    }
    return null;
  };

  MapView.prototype.focus = function (id) {
    if (!this.byId[id]) return false;
    this.network.selectNodes([id]);
    showNode(this, id);
    // Keep the actor clear of the side panel that now covers the right of the map.
    var canvas = this.section.querySelector(".map-canvas").getBoundingClientRect();
    var panel = details.getBoundingClientRect();
    var covered = Math.max(0, canvas.right - panel.left);
    this.network.focus(id, {
      scale: Math.max(this.network.getScale(), 0.9),
      offset: { x: -covered / 2, y: 0 },
      animation: { duration: 350, easingFunction: "easeInOutQuad" }
    });
    return true;
  };

  // What a button says for a node: its full name, or its label where that is the name made
  // distinct (two kommuners' "Socialtjänsten" each with its kommun, by the rule the labels
  // follow in samnet.present.maps.data). Any other label is a shortened name.
  function buttonName(node) {
    var label = node.label || "";
    return label.length > node.name.length && label.indexOf(node.name) === 0 ? label : node.name;
  }

  function nameButton(view, id) {
    var node = view.byId[id];
    var button = el("button", "linkish", node ? buttonName(node) : id);
    button.type = "button";
    button.addEventListener("click", function () { view.focus(id); });
    return button;
  }

  // A long list would push the map off the screen: show the first few and a count.
  var LIST_MAX = 8;

  function appendList(parent, view, ids) {
    if (!ids.length) { parent.appendChild(document.createTextNode(T.none)); return; }
    ids.slice(0, LIST_MAX).forEach(function (id, i) {
      if (i) parent.appendChild(document.createTextNode(", "));
      parent.appendChild(nameButton(view, id));
    });
    if (ids.length > LIST_MAX) {
      parent.appendChild(document.createTextNode(" " + fmt(T.more, { n: ids.length - LIST_MAX })));
    }
  }

  MapView.prototype.renderFindings = function () {
    var box = this.findings;
    var view = this;
    var s = this.data.summary;
    box.textContent = "";
    box.appendChild(el("div", "sum", [
      s.actors + " " + T.actors, s.ties + " " + T.ties, s.one_way_links + " " + T.one_way_links,
      s.forum_count + " " + T.forum_count, s.forum_only_ties + " " + T.forum_only_ties,
      s.pd_ties + " " + T.pd_ties
    ].join(" · ")));
    if (s.warning) box.appendChild(el("div", "warn", s.warning));
    var actors = this.data.nodes.filter(function (n) { return n.cat === "actor"; });
    var central = actors.filter(function (n) { return n.metrics[sizeBy] > 0; })
      .sort(function (a, b) { return b.metrics[sizeBy] - a.metrics[sizeBy] || (a.id < b.id ? -1 : 1); })
      .slice(0, 3).map(function (n) { return n.id; });
    var line = el("div");
    // The measure's name carries its own brackets ("styrka (summa av nivåer)"): a dash, not more brackets.
    line.appendChild(el("b", null, T.central + " – " + T["size_" + sizeBy] + ": "));
    appendList(line, view, central);
    box.appendChild(line);
    // The report's answer: who reaches social services only by one-way links (with or beside a
    // forum seat), and who has no samverkan at all.
    line = el("div");
    line.appendChild(el("b", null, T.reached_one_way + ": "));
    appendList(line, view, actors.filter(function (n) { return n.socialOneWay; }).map(function (n) { return n.id; }));
    var none = actors.filter(function (n) { return n.oneWayOnly; }).map(function (n) { return n.id; });
    if (none.length) {
      line.appendChild(document.createTextNode("; " + T.no_samverkan + ": "));
      appendList(line, view, none);
    }
    box.appendChild(line);
    line = el("div");
    line.appendChild(el("b", null, T.hangs + ": "));
    line.appendChild(document.createTextNode(fmt(T.hangs_count, { n: s.pd_ties, m: s.pd_links })));
    var alone = actors.filter(function (n) { return n.personOnly; }).map(function (n) { return n.id; });
    if (alone.length) {
      line.appendChild(document.createTextNode("; " + T.person_only.toLowerCase() + ": "));
      appendList(line, view, alone);
    }
    box.appendChild(line);
  };

  /* ---------------------------------------------------------- focus (comparison page) */

  // Which nodes and edges a difference is about (samnet.compare_view.focus_of gives the spec).
  MapView.prototype.matches = function (spec) {
    var byId = this.byId, nodes = {}, edges = {};
    var types = {}, pairs = {};
    (spec.types || []).forEach(function (t) { types[t] = true; });
    // Actor pairs of a rule of the agreement (samnet check): their lines and arrows, either direction.
    (spec.pairs || []).forEach(function (p) { pairs[p[0] + "|" + p[1]] = true; pairs[p[1] + "|" + p[0]] = true; });
    function typeOf(id) { var n = byId[id]; return n && n.cat === "actor" ? n.type : null; }
    this.data.edges.forEach(function (e) {
      var hit = false;
      if (spec.types) {
        var a = typeOf(e.from), b = typeOf(e.to);
        if (e.cat === "forum") {
          // A forum line is about the pair when its member has one type and the forum another member of the other.
          var forum = byId[e.from], t = typeOf(e.to);
          hit = !!types[t] && (!spec.pair || forum.members.some(function (m) {
            return m !== e.to && types[typeOf(m)] && (spec.types.length === 1 || typeOf(m) !== t);
          }));
        } else if (spec.pair) {
          hit = !!(types[a] && types[b]) && (spec.types.length === 1 || a !== b);
        } else {
          hit = !!(types[a] || types[b]);
        }
      } else if (spec.area) {
        hit = e.areas.indexOf(spec.area) >= 0;
      } else if (spec.pd) {
        hit = !!e.pd;
      } else if (spec.levels) {
        hit = e.cat !== "oneway" && e.cat !== "fpair" && spec.levels.indexOf(e.level) >= 0;
      } else if (spec.oneway) {
        hit = e.cat === "oneway";
      } else if (spec.forums) {
        hit = e.cat === "forum" && spec.forums.indexOf(e.from.slice("forum:".length)) >= 0;
      } else if (spec.pairs) {
        hit = e.cat !== "forum" && !!pairs[e.from + "|" + e.to];
      }
      if (hit) { edges[e.id] = true; nodes[e.from] = true; nodes[e.to] = true; }
    });
    if (spec.types) {
      this.data.nodes.forEach(function (n) { if (n.cat === "actor" && types[n.type]) nodes[n.id] = true; });
    }
    (spec.pairs || []).forEach(function (p) { if (byId[p[0]] && byId[p[1]]) { nodes[p[0]] = true; nodes[p[1]] = true; } });
    return { nodes: nodes, edges: edges };
  };

  var DIM = 0.12;
  MapView.prototype.focusOn = function (spec) {
    var self = this;
    var found = this.matches(spec);
    this.focused = found;
    // First the view, then the labels: which labels fit depends on the zoom.
    this.showLit(Object.keys(found.nodes));
    // A lit-up node is labelled whatever the zoom, where its label has room at MIN_PX or more.
    var lit = this.data.nodes.filter(function (n) { return !self.labelled(n) && found.nodes[n.id]; }).sort(byWeight);
    var chosen = this.placeLabels(lit);
    this.nodes.update(this.data.nodes.map(function (n) {
      var on = !!found.nodes[n.id];
      var size = chosen[n.id] || (self.labelled(n) ? n.font.size : self.fonts[n.id]);
      var font = Object.assign({}, n.font, { size: size, color: on ? (n.font && n.font.color) || "#1A1A1A" : "rgba(26,26,26,0.2)" });
      var threshold = self.labelled(n) ? 5 : chosen[n.id] ? MIN_PX + 1 : self.thresholds[n.id];
      return { id: n.id, opacity: on ? 1 : DIM, font: font, scaling: { label: { drawThreshold: threshold } } };
    }));
    this.edges.update(this.data.edges.map(function (e) {
      var color = JSON.parse(JSON.stringify(e.color));
      if (found.edges[e.id]) {
        return { id: e.id, color: color, shadow: { enabled: true, color: ui.highlight, size: 14, x: 0, y: 0 } };
      }
      color.opacity = DIM;
      return { id: e.id, color: color, shadow: { enabled: false } };
    }));
  };

  // Pan, and zoom out if need be, so that every lit node is on screen: a lit hub off-screen is a
  // finding the reader never sees. The view stays as it is when they are already all in it.
  MapView.prototype.showLit = function (ids) {
    if (!ids.length) return;
    var pos = this.network.getPositions(ids);
    var nodes = this.data.nodes.filter(function (n) { return pos[n.id]; });
    var frame = this.frameOf(nodes, pos);
    var rect = this.section.querySelector(".map-canvas").getBoundingClientRect();
    var room = LIT_MARGIN;
    var a = this.network.canvasToDOM({ x: frame.l, y: frame.t }), b = this.network.canvasToDOM({ x: frame.r, y: frame.b });
    if (a.x >= room && a.y >= room && b.x <= rect.width - room && b.y <= rect.height - room) return;
    var w = Math.max(rect.width - 2 * room, 50), h = Math.max(rect.height - 2 * room, 50);
    var scale = Math.min(this.network.getScale(), w / Math.max(frame.r - frame.l, 1), h / Math.max(frame.b - frame.t, 1));
    this.network.moveTo({ position: { x: (frame.l + frame.r) / 2, y: (frame.t + frame.b) / 2 }, scale: scale, animation: false });
  };
  // Room, in screen pixels, kept around the lit nodes for their labels.
  var LIT_MARGIN = 40;

  MapView.prototype.clearFocus = function () {
    var self = this;
    this.focused = null;
    this.nodes.update(this.data.nodes.map(function (n) {
      var size = self.labelled(n) ? n.font.size : self.fonts[n.id];
      return { id: n.id, opacity: 1, font: Object.assign({}, n.font, { size: size, color: (n.font && n.font.color) || "#1A1A1A" }),
               scaling: { label: { drawThreshold: self.labelled(n) ? 5 : self.thresholds[n.id] } } };
    }));
    this.edges.update(this.data.edges.map(function (e) {
      return { id: e.id, color: JSON.parse(JSON.stringify(e.color)), shadow: { enabled: false } };
    }));
  };

  /* ---------------------------------------------------------- side panel */

  function addRow(dl, label, value) {
    if (value === undefined || value === null || value === "") return;
    dl.appendChild(el("dt", null, label));
    dl.appendChild(el("dd", null, value));
  }

  function describe(tie) {
    var parts = [];
    if (tie.level !== null && tie.level !== undefined) {
      parts.push(T.level + " " + tie.level + " (" + ui.levels[String(tie.level)] + ")");
    }
    tie.scopes.forEach(function (s) { parts.push(ui.scopes[s] || s); });
    if (tie.areas.length) parts.push(tie.areas.join(", "));
    return parts.join(" · ");
  }

  function tieItem(view, id, tie) {
    var li = el("li");
    var head = el("div");
    if (tie.k === "forum") {
      head.appendChild(el("span", null, "◆ " + T.forum + ": "));
      head.appendChild(nameButton(view, tie.id));
      head.appendChild(el("span", "meta", " (" + tie.m.length + " " + T.members + ")"));
    } else if (tie.k === "samverkan") {
      head.appendChild(el("span", null, "↔ "));
      head.appendChild(nameButton(view, tie.s === id ? tie.t : tie.s));
    } else {
      var out = tie.s === id;
      head.appendChild(el("span", "ow", out ? "→ " : "← "));
      head.appendChild(nameButton(view, out ? tie.t : tie.s));
      head.appendChild(el("span", "ow", " " + (ui.kinds[tie.k] || tie.k)));
    }
    li.appendChild(head);
    var meta = describe(tie);
    if (meta) li.appendChild(el("div", "meta", meta));
    if (tie.pd) li.appendChild(el("div", "pd", T.person_dependent));
    if (tie.ref) li.appendChild(el("div", "meta", T.ref + ": " + tie.ref));
    if (tie.note) li.appendChild(el("div", "meta", T.note + ": " + tie.note));
//+status     appendTestimony(view, li, tie);
    return li;
  }
//+status
//+status   // Who said so: the tie's status, the coder's summary and each informant's report.
//+status   function appendTestimony(view, li, tie) {
//+status     var W = view.data.testimony;
//+status     if (!W || !tie.st) return;
//+status     li.appendChild(el("div", "meta status-" + tie.st, tie.stLabel));
//+status     if (tie.stated !== null && tie.stated !== undefined) li.appendChild(el("div", "meta", W.stated.replace("{level}", tie.stated)));
//+status     if (!tie.reports.length) { li.appendChild(el("div", "meta", W.noReports)); return; }
//+status     li.appendChild(el("div", "meta", W.reports + ":"));
//+status     var ul = el("ul", "reports");
//+status     tie.reports.forEach(function (r) {
//+status       var parts = [r.by + (r.role ? " (" + r.role + ")" : "")];
//+status       if (r.level !== null) parts.push(r.level === 0 ? W.noSamverkan : T.level + " " + r.level);
//+status       if (r.ref) parts.push(r.ref);
//+status       ul.appendChild(el("li", "report", parts.join(" · ")));
//+status     });
//+status     li.appendChild(ul);
//+status   }
//+status
//+status   // A click on a line lists the ties behind it, each with its reports.
//+status   function showEdge(view, edgeId) {
//+status     var e = view.data.edges.filter(function (x) { return x.id === edgeId; })[0];
//+status     if (!e) return;
//+status     var ties = view.data.ties.filter(function (tie) {
//+status       if (e.cat === "forum") return tie.k === "forum" && tie.id === e.from;
//+status       if (e.cat === "oneway") return tie.k === e.kind && tie.s === e.from && tie.t === e.to;
//+status       if (tie.k === "forum") return e.cat === "fpair" && tie.m.indexOf(e.from) >= 0 && tie.m.indexOf(e.to) >= 0;
//+status       if (tie.k !== "samverkan") return false;
//+status       return (tie.s === e.from && tie.t === e.to) || (tie.s === e.to && tie.t === e.from);
//+status     });
//+status     detailsBody.textContent = "";
//+status     var a = view.byId[e.from], b = view.byId[e.to];
//+status     detailsBody.appendChild(el("h2", null, (a ? a.name : e.from) + " – " + (b ? b.name : e.to)));
//+status     var ul = el("ul", "edge-ties");
//+status     ties.forEach(function (tie) { ul.appendChild(tieItem(view, e.from, tie)); });
//+status     detailsBody.appendChild(ul);
//+status     details.hidden = false;
//+status     details.dataset.edge = edgeId;
//+status   }

  function showNode(view, id) {
    var n = view.byId[id];
    if (!n) return;
    detailsBody.textContent = "";
    detailsBody.appendChild(el("h2", null, buttonName(n)));
    var dl = el("dl");
    var ties;
    if (n.cat === "forum") {
      addRow(dl, T.type, T.forum);
      addRow(dl, T.level, n.level + " (" + ui.levels[String(n.level)] + ")");
      addRow(dl, T.scopes, n.scopes.map(function (s) { return ui.scopes[s] || s; }).join(", "));
      addRow(dl, T.areas, n.areas.join(", "));
      if (n.pd) addRow(dl, T.pd_ties, T.person_dependent);
      addRow(dl, T.ref, n.ref);
      addRow(dl, T.note, n.note);
      detailsBody.appendChild(dl);
      detailsBody.appendChild(el("h3", null, T.members + " (" + n.members.length + ")"));
      var list = el("ul");
      n.members.forEach(function (m) {
        var li = el("li");
        li.appendChild(nameButton(view, m));
        list.appendChild(li);
      });
      detailsBody.appendChild(list);
    } else {
      if (n.oneWayOnly) detailsBody.appendChild(el("span", "flag oneway", T.one_way_only));
      if (n.personOnly) detailsBody.appendChild(el("span", "flag person", T.person_only));
      addRow(dl, T.type, n.typeLabel);
      addRow(dl, T.group, ui.groups[n.tgroup]);
      addRow(dl, T.huvudman, n.huvudman);
      addRow(dl, T.kommun, n.kommun ? (n.kommun === view.data.id && view.data.kommun ? view.data.kommun : n.kommun) : T.several);
      addRow(dl, T.ref, n.ref);
      addRow(dl, T.note, n.note);
      detailsBody.appendChild(dl);
      detailsBody.appendChild(el("h3", null, T.metrics));
      var mdl = el("dl");
      ACTOR_METRICS.forEach(function (k) { addRow(mdl, T[k], num(n.metrics[k])); });
      detailsBody.appendChild(mdl);
      ties = view.data.ties.filter(function (tie) {
        return tie.k === "forum" ? tie.m.indexOf(id) >= 0 : (tie.s === id || tie.t === id);
      });
      detailsBody.appendChild(el("h3", null, T.tie_list + " (" + ties.length + ")"));
      var ul = el("ul");
      ties.forEach(function (tie) { ul.appendChild(tieItem(view, id, tie)); });
      detailsBody.appendChild(ul);
    }
    details.hidden = false;
    details.dataset.node = id;
  }

  function hideDetails() {
    details.hidden = true;
    delete details.dataset.node;
  }

  /* ---------------------------------------------------------- page wiring */

  function updateCount() {
    var visible = 0, total = 0;
    // Out of the lines the map can show with the forum switch as it is.
    var all = { levels: {}, scopes: {}, areas: {}, oneway: true, forums: filterState().forums, pdOnly: false };
    Object.keys(ui.levels).forEach(function (k) { all.levels[k] = true; });
    Object.keys(ui.scopes).forEach(function (k) { all.scopes[k] = true; });
    Object.keys(ui.areas).forEach(function (k) { all.areas[k] = true; });
    views.forEach(function (v) {
      visible += v.shownEdgeCount();
      total += v.data.edges.filter(function (e) { return edgeVisible(e, all); }).length;
    });
    document.getElementById("visible-count").textContent = fmt(T.visible, { v: visible, n: total });
  }

  function applyFilters() {
    var f = filterState();
    views.forEach(function (v) { v.applyFilters(f); });
    updateCount();
  }

  function search() {
    var input = document.getElementById("search");
    var status = document.getElementById("search-status");
    var found = false;
    // Focus in every map that has the actor; the side panel shows the first.
    for (var i = views.length - 1; i >= 0; i--) {
      var id = views[i].find(input.value);
      if (id !== null) { views[i].focus(id); found = true; }
    }
    status.textContent = found || !input.value.trim() ? "" : T.no_match;
  }

  var sections = document.querySelectorAll("section.panel");
  for (var i = 0; i < sections.length; i++) {
    var block = sections[i].querySelector("script.samnet-data");
    views.push(new MapView(sections[i], JSON.parse(block.textContent)));
  }

  var names = {};
  views.forEach(function (v) { v.data.nodes.forEach(function (n) { names[n.name] = true; }); });
  var datalist = document.getElementById("actor-names");
  Object.keys(names).sort(function (a, b) { return a.localeCompare(b, ui.lang); }).forEach(function (name) {
    var option = document.createElement("option");
    option.value = name;
    datalist.appendChild(option);
  });

  var boxes = document.querySelectorAll("input[data-filter]");
  for (var b = 0; b < boxes.length; b++) boxes[b].addEventListener("change", applyFilters);
  document.getElementById("search-go").addEventListener("click", search);
  document.getElementById("search").addEventListener("keydown", function (event) {
    if (event.key === "Enter") { event.preventDefault(); search(); }
  });
  document.getElementById("search").addEventListener("change", search);
  document.getElementById("size-by").addEventListener("change", function (event) {
    sizeBy = event.target.value;
    views.forEach(function (v) { v.resize(); });
  });
  document.getElementById("fit").addEventListener("click", function () {
    views.forEach(function (v) { v.fitWhole(); v.labelOnZoom(); });
  });
  document.getElementById("details-close").addEventListener("click", function () {
    hideDetails();
    views.forEach(function (v) { v.network.unselectAll(); });
  });

  var clear = document.getElementById("focus-clear");
  var diffButtons = document.querySelectorAll("button[data-focus]");
  function clearFocus() {
    views.forEach(function (v) { v.clearFocus(); });
    for (var d = 0; d < diffButtons.length; d++) diffButtons[d].classList.remove("active");
    if (clear) clear.disabled = true;
  }
  for (var d = 0; d < diffButtons.length; d++) {
    diffButtons[d].addEventListener("click", function (event) {
      var button = event.currentTarget;
      var spec = JSON.parse(button.getAttribute("data-focus"));
      clearFocus();
      views.forEach(function (v) { v.focusOn(spec); });
      button.classList.add("active");
      showMaps();
      if (clear) clear.disabled = false;
    });
  }
  if (clear) clear.addEventListener("click", clearFocus);

  // What a click lights up must be on screen: bring the maps to the top of the window
  // (side by side, both fit; stacked on a narrow screen, the first).
  function showMaps() {
    var canvases = document.querySelectorAll(".map-canvas");
    var cut = Array.prototype.some.call(canvases, function (c) {
      var r = c.getBoundingClientRect();
      return r.top < 0 || r.bottom > window.innerHeight;
    });
    var maps = document.getElementById("maps");
    if (cut && maps) window.scrollBy(0, maps.getBoundingClientRect().top);
  }

  applyFilters();

  // On paper the map's box changes size: redraw the canvas at the printed size (not stretched) and frame it again.
  function printed() {
    views.forEach(function (v) { v.network.setSize("100%", "100%"); v.network.redraw(); v.fit(); v.labelOnZoom(); });
  }
  window.addEventListener("beforeprint", printed);
  window.addEventListener("afterprint", printed);

  // Ready once every map has been drawn: positions are precomputed and physics
  // is off, so the first drawing is the stable, interactive map.
  var pending = views.length;
  function drawn() {
    pending -= 1;
    if (pending === 0) {
      // Milliseconds since navigation start, for benchmarks/map_bench.py.
      window.samnetReadyAt = performance.now();
      document.body.dataset.ready = "1";
    }
  }
  // Each map has a drawing pending (its first view was set with moveTo): waiting for it
  // rather than drawing now draws the map once, not twice.
  views.forEach(function (v) { v.network.once("afterDrawing", drawn); });
  if (!views.length) document.body.dataset.ready = "1";

  function api(v) {
    return {
      network: v.network, nodes: v.nodes, edges: v.edges, data: v.data,
      groupBoxes: function () { return v.groupBoxes(v.network.getScale()); },
      visibleEdgeCount: function () { return v.visibleEdgeCount(); },
      visibleNodeCount: function () { return v.visibleNodeCount(); },
      renderedNodeCount: function () { return v.renderedNodeCount(); },
      renderedEdgeCount: function () { return v.renderedEdgeCount(); },
      focus: function (id) { return v.focus(id); },
      focused: function () {
        return v.focused ? { nodes: Object.keys(v.focused.nodes).sort(), edges: Object.keys(v.focused.edges).sort() } : null;
      }
    };
  }
  window.samnetMaps = views.map(api);
  window.samnetMap = window.samnetMaps[0] || null;
})();
