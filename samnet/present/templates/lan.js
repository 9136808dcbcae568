// The län overview's script: sorts the key-figure table and highlights the län map.
// It reads only what the page's HTML holds (data-sort, data-id, data-a/-b); it builds no HTML from data.
(function () {
  "use strict";
  var table = document.getElementById("kommun-table");
  if (table) {
    var buttons = table.querySelectorAll("thead button");
    Array.prototype.forEach.call(buttons, function (button) {
      button.addEventListener("click", function () {
        var th = button.parentNode;
        var col = Number(button.getAttribute("data-col"));
        var numeric = button.getAttribute("data-kind") !== "text";
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].getAttribute("data-sort");
          var y = b.cells[col].getAttribute("data-sort");
          var order = numeric ? Number(x) - Number(y) : x.localeCompare(y, document.documentElement.lang);
          if (order === 0) {
            order = a.cells[0].getAttribute("data-sort").localeCompare(b.cells[0].getAttribute("data-sort"));
            return order;
          }
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
        Array.prototype.forEach.call(table.querySelectorAll("thead th"), function (other) {
          other.setAttribute("aria-sort", "none");
        });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      });
    });
  }

  var map = document.getElementById("lan-map");
  var panel = document.getElementById("panel-body");
  var data = document.getElementById("panel-data");
  function clear() {
    map.classList.remove("focus");
    Array.prototype.forEach.call(map.querySelectorAll(".hi, .sel"), function (el) {
      el.classList.remove("hi");
      el.classList.remove("sel");
    });
    while (panel.firstChild) { panel.removeChild(panel.firstChild); }
  }
  function select(node) {
    var id = node.getAttribute("data-id");
    clear();
    map.classList.add("focus");
    node.classList.add("sel");
    Array.prototype.forEach.call(map.querySelectorAll(".e"), function (edge) {
      var a = edge.getAttribute("data-a"), b = edge.getAttribute("data-b");
      if (a === id || b === id) {
        edge.classList.add("hi");
        var other = a === id ? b : a;
        Array.prototype.forEach.call(map.querySelectorAll(".n"), function (n) {
          if (n.getAttribute("data-id") === other) { n.classList.add("hi"); }
        });
      }
    });
    Array.prototype.forEach.call(data.children, function (div) {
      if (div.getAttribute("data-for") === id) { panel.appendChild(div.cloneNode(true)); }
    });
  }
  if (map) {
    Array.prototype.forEach.call(map.querySelectorAll(".n"), function (node) {
      node.addEventListener("click", function (event) { event.stopPropagation(); select(node); });
      node.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); select(node); }
      });
    });
    map.addEventListener("click", clear);
  }
  document.body.setAttribute("data-ready", "1");
})();
