/* samnet map: the "roll" colouring and the what-if toggle (samnet.present.maps.roles).
   Reads the maps through window.samnetMaps (map.js); texts reach the DOM through textContent only. */
(function () {
  "use strict";

  var ui = JSON.parse(document.getElementById("samnet-ui").textContent);
  var T = ui.t;
  var maps = window.samnetMaps || [];
  var colorSelect = document.getElementById("color-by");
  var whatifBox = document.getElementById("whatif");
  var status = document.getElementById("whatif-status");
  if (!colorSelect || !whatifBox || !maps.length) return;

  var GREY_FILL = "#F0F0F0", GREY_LINE = "#D6D6D6", GREY_TEXT = "#B0B0B0";
  var TEXT = (ui.options.nodes && ui.options.nodes.font && ui.options.nodes.font.color) || "#343434";
  var selected = null;  // {map, id}: the actor last clicked
  var painted = [];     // per map: node and edge ids drawn differently from the data

  function fmt(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, key) { return String(values[key]); });
  }

  function swatch(fill, border) {
    return { background: fill, border: border,
             highlight: { background: fill, border: "#000000" }, hover: { background: fill, border: "#000000" } };
  }

  function roleColor(n) {
    var fill = ui.roleColors[n.role || ""];
    // A ring (one-way only, person-dependent only) keeps its colour; the plain border follows the fill.
    var ring = n.color.border !== n.color.background;
    return swatch(fill, ring ? n.color.border : fill);
  }

  function nodeOf(m, id) {
    for (var i = 0; i < m.data.nodes.length; i++) if (m.data.nodes[i].id === id) return m.data.nodes[i];
    return null;
  }

  // The actor selected with the toggle on, in this map: itself and the actors its loss cuts off.
  function lostIn(m) {
    if (!whatifBox.checked || !selected || selected.map !== m) return null;
    var n = nodeOf(m, selected.id);
    if (!n || n.cat !== "actor") return null;
    var lost = {};
    lost[n.id] = true;
    ((n.loss && n.loss.cutOff) || []).forEach(function (id) { lost[id] = true; });
    return lost;
  }

  function paintMap(m, index) {
    var mode = colorSelect.value, lost = lostIn(m);
    var before = painted[index] || { nodes: {}, edges: {} }, now = { nodes: {}, edges: {} };
    var nodeUpdates = [], edgeUpdates = [];
    m.data.nodes.forEach(function (n) {
      var gone = !!(lost && lost[n.id]);
      var recolour = gone || (mode === "role" && n.cat === "actor");
      if (!recolour && !before.nodes[n.id]) return;
      var current = m.nodes.get(n.id) || n;
      var color = gone ? swatch(GREY_FILL, GREY_LINE) : recolour ? roleColor(n) : n.color;
      var font = Object.assign({}, current.font, { color: gone ? GREY_TEXT : TEXT });
      nodeUpdates.push({ id: n.id, color: color, font: font });
      if (recolour) now.nodes[n.id] = gone ? "lost" : "role";
    });
    m.data.edges.forEach(function (e) {
      var gone = !!(lost && (lost[e.from] || lost[e.to]));
      if (gone) now.edges[e.id] = true;
      if (gone === !!before.edges[e.id]) return;
      edgeUpdates.push({ id: e.id, color: gone ? { color: GREY_LINE, highlight: GREY_LINE, hover: GREY_LINE } : e.color });
    });
    if (nodeUpdates.length) m.nodes.update(nodeUpdates);
    if (edgeUpdates.length) m.edges.update(edgeUpdates);
    painted[index] = now;
  }

  function say() {
    if (!whatifBox.checked || !selected) { status.textContent = T.whatif_hint; return; }
    var n = nodeOf(selected.map, selected.id);
    if (!n || n.cat !== "actor") { status.textContent = T.whatif_hint; return; }
    var loss = n.loss || { pairs: 0, cutOff: [] };
    var key = !loss.pairs ? "whatif_none" : loss.cutOff.length ? "whatif_lost" : "whatif_split";
    status.textContent = fmt(T[key], { name: n.name, pairs: loss.pairs, n: loss.cutOff.length });
  }

  function paint() {
    maps.forEach(paintMap);
    say();
    document.body.dataset.colorBy = colorSelect.value;
  }

  function addRow(dl, label, value) {
    var dt = document.createElement("dt"), dd = document.createElement("dd");
    dt.textContent = label;
    dd.textContent = String(value);
    dl.appendChild(dt);
    dl.appendChild(dd);
  }

  // The side panel (map.js fills it on the same click) gains closeness, the roles and the loss.
  function describe(n) {
    var body = document.getElementById("details-body");
    if (!body || !n || n.cat !== "actor" || !n.roles) return;
    var h = document.createElement("h3");
    h.textContent = T.roles_heading;
    body.appendChild(h);
    var dl = document.createElement("dl");
    dl.className = "roles";
    addRow(dl, T.closeness, (n.closeness || 0).toFixed(3));
    ["coordinator", "itinerant", "gatekeeper", "representative", "liaison"].forEach(function (role) {
      addRow(dl, T["role_name_" + role], n.roles[role] || 0);
    });
    addRow(dl, T.loss_pairs, (n.loss && n.loss.pairs) || 0);
    body.appendChild(dl);
  }

  maps.forEach(function (m) {
    m.network.on("click", function (params) {
      if (params.nodes.length) {
        selected = { map: m, id: params.nodes[0] };
        describe(nodeOf(m, params.nodes[0]));
      } else if (!params.edges.length) {
        selected = null;
      }
      paint();
    });
  });
  colorSelect.addEventListener("change", paint);
  whatifBox.addEventListener("change", paint);

  // For tests: select an actor as a click would.
  window.samnetWhatIf = function (mapIndex, id) {
    selected = id === null ? null : { map: maps[mapIndex], id: id };
    paint();
    return status.textContent;
  };
})();
