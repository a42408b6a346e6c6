// The scenario player and its debrief. On the player: focus moves to the new turn, so keyboard and screen-reader
// users start at what the citizen says now instead of at the top of the page; the number keys 1-9 choose the
// answer with that number (each answer shows its number and says so with aria-keyshortcuts). On the debrief: the
// print button prints, and printing opens the folded "other answers" so the paper shows them.
document.addEventListener("DOMContentLoaded", function () {
    var turn = document.getElementById("turn");
    if (turn) {
        turn.focus();
    }

    var sent = false;
    var form = document.getElementById("choose");
    if (form) {
        form.addEventListener("submit", function () {
            sent = true;
        });
        // A page shown again from the back-forward cache may be used again; the server refuses stale steps.
        window.addEventListener("pageshow", function () {
            sent = false;
        });
        document.addEventListener("keydown", function (event) {
            if (sent || event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) {
                return;
            }
            var target = event.target;
            if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
                return;
            }
            if (!/^[1-9]$/.test(event.key)) {
                return;
            }
            var answer = form.querySelector("button[data-key='" + event.key + "']");
            if (answer) {
                event.preventDefault();
                answer.focus();
                answer.click();
            }
        });
    }

    var print = document.getElementById("print");
    if (print) {
        print.hidden = false;
        print.addEventListener("click", function () {
            window.print();
        });
    }
    window.addEventListener("beforeprint", function () {
        document.querySelectorAll("details.pa-others").forEach(function (details) {
            details.open = true;
        });
    });
});
