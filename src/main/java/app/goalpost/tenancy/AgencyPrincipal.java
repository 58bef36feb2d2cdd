package app.goalpost.tenancy;

/** Implemented by the signed-in principal so that tenancy can read the agency without knowing security. */
public interface AgencyPrincipal {

    long agencyId();
}
