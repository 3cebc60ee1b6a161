/* dh_msel_cols.h — the positions of the columns msel export writes
 * (dh_msel_columns); engine/author's own, shared by export and import. */
#ifndef DH_MSEL_COLS_H
#define DH_MSEL_COLS_H

enum {
    C_NUMBER, C_TIME, C_STAGE, C_ATTACK, C_SEVERITY, C_FROM_EN, C_FROM_VI, C_CHANNEL,
    C_INJECT, C_TITLE_EN, C_TITLE_VI, C_BODY_EN, C_BODY_VI, C_ACTION_EN, C_ACTION_VI,
    C_DECISION, C_WITHIN, C_PROMPT_EN, C_PROMPT_VI,
    /* the drill itself: a decision's timeout and speed, its options, a condition */
    C_TIMEOUT, C_SPEED, C_OPTION, C_OPTION_EN, C_OPTION_VI, C_SCORE, C_SET, C_TRIGGERS,
    C_PLACE, C_CONDITION
};

#endif
