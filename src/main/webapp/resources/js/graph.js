// The scenario graph (editor and path analytics): draws the data in #graph's data-graph attribute with Cytoscape.
// In the editor a tap on a node (or on a choice's arrow: its node) selects it and a drag stores the positions, through the page's remote commands
// (paSelectNode, paMoveNode). The same content is on the page as an accessible list; the canvas is hidden from
// screen readers.
(function () {
    "use strict";
    var cy = null;

    function style() {
        return [
            { selector: "node", style: {
                "label": "data(label)", "shape": "round-rectangle", "height": 30,
                "width": function (node) { return Math.max(50, String(node.data("label")).length * 7.5 + 20); }, "background-color": "#ffffff", "border-width": 2, "border-color": "#1d4f91",
                "color": "#1a1a1a", "font-size": 12, "text-valign": "center", "text-halign": "center" } },
            { selector: "node.start", style: { "border-width": 4 } },
            { selector: "node.ending", style: { "border-style": "double", "border-width": 5, "background-color": "#eef6ee" } },
            { selector: "node.outcome-niet-geslaagd", style: { "background-color": "#fbeaea" } },
            { selector: "node.outcome-deels", style: { "background-color": "#fdf5e0" } },
            { selector: "node.unreachable", style: { "border-style": "dashed", "border-color": "#b00020" } },
            { selector: "node.deadend", style: { "border-color": "#b35c00", "border-style": "dotted" } },
            { selector: "node.error", style: { "color": "#b00020" } },
            { selector: "node.selected", style: { "overlay-color": "#1d4f91", "overlay-opacity": 0.15, "overlay-padding": 6 } },
            // each arrow bends as the server computed (GraphLayout.bends): arrows between the same two nodes, either
            // way, and their labels lie apart
            { selector: "edge", style: {
                "curve-style": "unbundled-bezier", "control-point-distances": "data(bend)",
                "control-point-weights": 0.5, "target-arrow-shape": "triangle", "width": "data(width)",
                "line-color": "#6b7a90", "target-arrow-color": "#6b7a90", "label": "data(label)", "font-size": 10,
                "text-rotation": "autorotate", "text-background-color": "#ffffff", "text-background-opacity": 0.85,
                "text-background-padding": 2, "color": "#333333" } },
            { selector: "edge.loop", style: { "curve-style": "bezier" } }
        ];
    }

    function draw() {
        var box = document.getElementById("graph");
        if (!box || typeof cytoscape === "undefined") {
            return;
        }
        var data = JSON.parse(box.getAttribute("data-graph"));
        var elements = [];
        var placed = 0;
        data.nodes.forEach(function (n) {
            var element = { group: "nodes", data: { id: n.id, label: n.label }, classes: n.classes };
            if (typeof n.x === "number") {
                element.position = { x: n.x, y: n.y };
                placed++;
            }
            elements.push(element);
        });
        data.edges.forEach(function (e) {
            elements.push({ group: "edges", data: { id: e.id, source: e.source, target: e.target, label: e.label,
                width: e.width || 2, bend: e.bend || 0 }, classes: e.source === e.target ? "loop" : "" });
        });
        if (cy) {
            cy.destroy();
        }
        cy = cytoscape({
            container: box,
            elements: elements,
            style: style(),
            wheelSensitivity: 0.3,
            layout: placed === data.nodes.length && placed > 0 ? { name: "preset", padding: 30 }
                : { name: "breadthfirst", directed: true, spacingFactor: 1.1 }
        });
        if (box.getAttribute("data-editable") === "true") {
            cy.on("tap", "node", function (event) {
                if (window.paSelectNode) {
                    window.paSelectNode([{ name: "node", value: event.target.id() }]);
                }
            });
            cy.on("tap", "edge", function (event) {
                if (window.paSelectNode) {
                    window.paSelectNode([{ name: "node", value: event.target.data("source") }]);
                }
            });
            cy.on("dragfree", "node", function () {
                var all = {};
                cy.nodes().forEach(function (n) {
                    all[n.id()] = [Math.round(n.position("x")), Math.round(n.position("y"))];
                });
                if (window.paMoveNode) {
                    window.paMoveNode([{ name: "positions", value: JSON.stringify(all) }]);
                }
            });
        }
    }

    document.addEventListener("DOMContentLoaded", draw);
    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", draw);
    }
})();

// Keeps <details> panels open across the editor's Ajax updates.
(function () {
    "use strict";
    function restore() {
        document.querySelectorAll("details[id]").forEach(function (d) {
            if (sessionStorage.getItem("pa-open-" + d.id) === "1") {
                d.open = true;
            }
            d.addEventListener("toggle", function () {
                sessionStorage.setItem("pa-open-" + d.id, d.open ? "1" : "0");
            });
        });
    }
    document.addEventListener("DOMContentLoaded", restore);
    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", restore);
    }
})();
