package nl.publieksacademie.scenarios.control;

import java.io.Serializable;

/** An effect of a {@link DraftChoice}: the variable and the expression of its new value. */
public final class DraftEffect implements Serializable {
    private static final long serialVersionUID = 1L;
    private String variable;
    private String expression;

    public DraftEffect() {}

    public DraftEffect(String variable, String expression) {
        this.variable = variable;
        this.expression = expression;
    }

    public String getVariable() { return variable; }
    public void setVariable(String variable) { this.variable = variable; }
    public String getExpression() { return expression; }
    public void setExpression(String expression) { this.expression = expression; }
}
