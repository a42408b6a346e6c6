// Moves focus to the new turn of the conversation, so keyboard and screen-reader users start at what the citizen
// says now instead of at the top of the page.
document.addEventListener("DOMContentLoaded", function () {
    var turn = document.getElementById("turn");
    if (turn) {
        turn.focus();
    }
});
