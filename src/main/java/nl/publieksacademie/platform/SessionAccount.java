package nl.publieksacademie.platform;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.publieksacademie.staff.StaffMember;

/**
 * What a session keeps of the account it signed in with: the account, its security stamp at that moment, and a
 * short mark of its password hash, so that a new password can be told apart from other changes (a new password
 * ends the session; new roles only replace the session's roles).
 */
public record SessionAccount(long staffId, long stamp, String passwordMark) implements Serializable {

    public static SessionAccount of(StaffMember member) {
        return new SessionAccount(member.getId(), member.getSecurityStamp(), mark(member.getPasswordHash()));
    }

    /** Whether the session may go on as this account now stands (a new password ends it). */
    public boolean samePassword(StaffMember member) {
        return passwordMark.equals(mark(member.getPasswordHash()));
    }

    public static String mark(String passwordHash) {
        if (passwordHash == null) {
            return "";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
