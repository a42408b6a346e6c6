// After a quiz is submitted, moves focus to the score, so keyboard and screen-reader users hear the result first.
document.addEventListener("DOMContentLoaded", function () {
    var score = document.getElementById("score");
    if (score) {
        score.focus();
    }
});
