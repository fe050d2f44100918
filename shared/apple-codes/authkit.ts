/**
 * AuthKit (`akd`) error codes: `AKAppleIDAuthenticationError` (printed in logs with the domain
 * string "AKAuthenticationError"), `AKAnisetteError`, and the device-attestation codes that sit
 * under them (BAA, ADI).
 *
 * Values -7001…-7065 follow the `AKAppleIDAuthenticationError` NS_ENUM of a reconstructed AuthKit
 * header; Apple's own Octagon tests use the same enum type
 * (https://github.com/apple-oss-distributions/Security/tree/main/keychain/ot/tests). AuthKit is a
 * private framework: values may drift between macOS releases, and the 2FA codes (-7030, -7035,
 * -7036) have never been seen in a published log — their meaning rests on the enum names.
 */
import type { Cause } from '../causes';
import type { CodeEntry, CodeFamily, CodeTable } from './types';

/** Where the enum values come from (the Octagon tests use `AKAppleIDAuthenticationError`). */
export const AK_ENUM_SOURCE = 'https://github.com/apple-oss-distributions/Security/tree/main/keychain/ot/tests';
/**
 * The akd failure chain of macOS VM sign-in reports ("Cannot sign data, platform is not supported by
 * DeviceIdentity" → -10000 → -7066 → -8008 → -8001 → -7018). The public copies found name no
 * repository, so the source is described, not linked.
 */
const SOURCE_VM_ATTESTATION = 'akd log excerpt in public macOS-VM sign-in notes (DCBAASigner.m:109 … AKAnisetteError Code=-8008); repository not identified';
/** AKAnisetteError values: `errorWithDomain:@"AKAnisetteError" code:…` in a public AuthKit reimplementation and decompiled akd. */
const SOURCE_ANISETTE = 'errorWithDomain:@"AKAnisetteError" code:… in a public AuthKit reimplementation and decompiled akd; repository not identified';

type Row = [code: number, suffix: string, meaning: string, family: CodeFamily, cause?: Cause | null, source?: string];

function table(prefix: string, rows: Row[], defaultSource: string): CodeTable {
  const out: Record<number, CodeEntry> = {};
  for (const [code, suffix, meaning, family, cause, source] of rows) {
    out[code] = { name: `${prefix}${suffix}`, meaning, family, cause: cause ?? null, source: source ?? defaultSource };
  }
  return Object.freeze(out);
}

/** `AKAppleIDAuthenticationError` (domain "AKAuthenticationError"). */
export const AK_AUTHENTICATION_ERRORS: CodeTable = table(
  'AKAppleIDAuthenticationError',
  [
    [-7001, 'Unknown', 'Apple’s sign-in failed for an unknown reason.', 'account'],
    [-7002, 'LegacyAuthRequired', 'The account has to sign in the old way (no modern authentication).', 'account'],
    [
      -7003,
      'UserCanceled',
      'The sign-in was cancelled (by the person, or by an app on their behalf).',
      'info',
      null,
      'https://github.com/expo/expo-cli/issues/4608',
    ],
    [-7004, 'NoSRPContext', 'The secure password exchange with Apple could not start.', 'account'],
    [-7005, 'CannotFindServer', 'AuthKit could not reach Apple’s sign-in server.', 'network'],
    [-7006, 'WrongPassword', 'Apple refused the password.', 'account', 'auth.wrong_password'],
    [-7007, 'SilentAuthFailed', 'Signing in again in the background failed; the password has to be typed.', 'account'],
    [-7008, 'NoMasterToken', 'This Mac holds no sign-in token for the account.', 'account'],
    [-7009, 'NoServiceID', 'The request named no Apple service.', 'info'],
    [-7010, 'BadServerResponse', 'Apple’s sign-in server sent an answer AuthKit could not use.', 'account'],
    [-7011, 'UnknownContext', 'The sign-in request was incomplete.', 'info'],
    [-7012, 'MissingUserInput', 'A required entry (account name or password) was empty.', 'account'],
    [-7013, 'UnableToPrompt', 'Apple needs the password again but could not ask for it here.', 'account'],
    [-7014, 'UINotSupported', 'The sign-in needed a window this process cannot show.', 'info'],
    [-7015, 'SettingsLaunchFailed', 'System Settings could not be opened to finish the sign-in.', 'info'],
    [-7016, 'UserRequestsAccountCreation', 'The person chose to create a new account.', 'info'],
    [-7017, 'UserForgotCredentials', 'The person chose “Forgot password”.', 'info'],
    [
      -7018,
      'SupportAPIFailed',
      'Apple’s sign-in helper failed; in published reports it follows a device-attestation failure.',
      'device',
      null,
      SOURCE_VM_ATTESTATION,
    ],
    [-7019, 'ServerUIFailed', 'A sign-in page from Apple could not be shown.', 'account'],
    [-7020, 'TooManyAttempts', 'Too many sign-in attempts: Apple asks you to wait before trying again.', 'account', 'auth.too_many_attempts'],
    [-7021, 'InvalidServerToken', 'Apple rejected this Mac’s sign-in token.', 'account'],
    [-7022, 'MissingAppleID', 'No Apple Account was given.', 'account', null, 'https://github.com/developerinsider/Sign-In-with-Apple-Demo/issues/6'],
    [-7023, 'UnknownAppleID', 'Apple does not know this Apple Account.', 'account'],
    [-7024, 'MissingMasterToken', 'This Mac’s sign-in token for the account is missing.', 'account'],
    [-7025, 'MissingAltDSID', 'The account’s internal identifier is missing on this Mac.', 'account'],
    [-7026, 'NotPermitted', 'This app is not allowed to use Apple sign-in.', 'info', null, 'https://github.com/tomgilder/flutter_apple_sign_in/issues/23'],
    [-7027, 'NotSupported', 'This kind of sign-in is not supported here.', 'info'],
    [-7028, 'MaxAttemptsReached', 'The maximum number of attempts was reached: Apple locks sign-in to protect the account.', 'account', 'auth.locked'],
    [-7029, 'ServerRequestFailed', 'A request to Apple’s sign-in server failed.', 'account'],
    [-7030, 'CodeValidationFailed', 'Apple did not accept the verification code.', 'account', 'auth.code_rejected'],
    [-7033, 'ForcedSuccess', 'A test-only result.', 'info'],
    [
      -7034,
      'ForcedFailure',
      'The sign-in was stopped on purpose; seen with two-factor authentication.',
      'account',
      null,
      'https://github.com/GetStream/sign-in-with-apple-swift-example/issues/1',
    ],
    [-7035, 'NoCodeReceived', 'The verification code never arrived.', 'account', 'auth.code_not_delivered'],
    [-7036, 'IncorrectLoginCode', 'The verification code entered was wrong or expired.', 'account', 'auth.code_rejected'],
    [-7037, 'CorruptMasterToken', 'This Mac’s sign-in token for the account is damaged.', 'account'],
    [-7038, 'UserSkipped', 'The person skipped a sign-in step.', 'info'],
    [-7039, 'InvalidResponseSignal', 'Apple’s answer was not valid.', 'account'],
    [-7040, 'UserBackedOut', 'The person went back out of the sign-in.', 'info'],
    [-7041, 'NoAPSToken', 'This Mac has no push token, so Apple cannot send it sign-in approvals or codes.', 'device', 'auth.no_push_token'],
    [-7042, 'MissingHeartbeatToken', 'A background token for the account is missing.', 'account'],
    [-7043, 'NewAppleIDRequiresAdditionalSetup', 'The new account needs more setup before it can be used.', 'account'],
    [
      -7044,
      'InvalidContext',
      'A setup token was missing, so the request was invalid.',
      'account',
      null,
      'https://github.com/twogate/cordova-plugin-sign-in-with-apple/issues/25',
    ],
    [-7045, 'MaxBackgroundAuthReached', 'Too many background sign-ins; the password has to be typed.', 'account'],
    [-7046, 'UserRequestsLegacyAccountCreation', 'The person chose to create an account the old way.', 'info'],
    [-7047, 'UserRequestsLegacyForgotCredentials', 'The person chose “Forgot password” (old flow).', 'info'],
    [-7048, 'UserRequestsClientAlternateAction', 'The person chose another action.', 'info'],
    [-7049, 'InvalidServiceType', 'The request named an unknown Apple service.', 'info'],
    [-7050, 'MissingDSID', 'The account’s identifier is missing.', 'account'],
    [-7052, 'SecondaryActionRequired', 'Apple needs an extra step (a page from Apple) before sign-in can finish.', 'account'],
    [-7053, 'MissingConfigurationInfoIdentifier', 'A configuration entry was missing.', 'info'],
    [-7054, 'MalformedConfigurationData', 'Configuration data was malformed.', 'info'],
    [-7055, 'UnknownAltDSID', 'Apple does not know the account identifier this Mac holds.', 'account'],
    [-7056, 'MissingInputParameter', 'A request was missing a value.', 'info'],
    [-7057, 'TokenValidationFailed', 'A sign-in token did not validate.', 'account'],
    [-7058, 'ExpiredMasterToken', 'This Mac’s sign-in token for the account has expired.', 'account'],
    [-7059, 'InvalidRecoveryResponseInformation', 'Account-recovery details were not accepted.', 'account'],
    [
      -7060,
      'MissingAnisetteDataProvider',
      'This Mac could not produce the device data Apple requires with every sign-in.',
      'device',
      'auth.attestation_failed',
    ],
    [-7061, 'InvalidClientProxy', 'An internal connection to the sign-in service failed.', 'info'],
    [-7062, 'UserTryAgain', 'Apple asks to try again.', 'account'],
    [-7063, 'PiggybackingHandshakeFailure', 'Approving the sign-in from another of your devices failed.', 'account'],
    [-7064, 'OperationCanceled', 'The operation was cancelled.', 'info'],
    [-7065, 'AccessDeniedByProtectionPolicy', 'A protection policy refused access.', 'account'],
    // Not in the header: seen only in logs.
    [
      -7066,
      'AttestationFailed (name not in the header)',
      'This Mac could not attest that it is genuine Apple hardware (“Failed to fetch attestation headers”).',
      'device',
      'auth.attestation_failed',
      SOURCE_VM_ATTESTATION,
    ],
    [
      -7073,
      'CredentialState (name not in the header)',
      'An app’s “Sign in with Apple” state could not be read.',
      'info',
      null,
      'https://github.com/invertase/react-native-apple-authentication/issues/72',
    ],
    [
      -7075,
      'PasswordlessAuthFailed (name not in the header)',
      'Signing in without a password failed; Apple needs the password again.',
      'account',
      null,
      'AuthKit log notes (“Passwordless auth failed: AKAuthenticationError Code=-7075”); repository not identified',
    ],
  ],
  AK_ENUM_SOURCE,
);

/** `AKAnisetteError`: Anisette (device data sent with every sign-in) provisioning. */
export const AK_ANISETTE_ERRORS: CodeTable = table(
  'AKAnisetteError',
  [
    [-8001, 'SRPFailed', 'The secure exchange with Apple during device provisioning failed.', 'device'],
    [-8005, 'CannotCreateStartProvisioningRequest', 'Device provisioning could not start.', 'device'],
    [-8006, 'AlreadyProvisioned', 'This Mac is already provisioned (not a failure).', 'info'],
    [-8007, 'NoServerResult', 'Apple sent no result for device provisioning.', 'device'],
    [
      -8008,
      'ProvisioningFailed',
      'Device provisioning failed: Apple did not accept this Mac (“No Anisette for you today”).',
      'device',
      'auth.attestation_failed',
      SOURCE_VM_ATTESTATION,
    ],
    [-8009, 'NoPeerAttestation', 'The device-data provider has no attestation for this Mac.', 'device', 'auth.attestation_failed'],
    [-8025, 'Unavailable (name not in the header)', 'Device data was unavailable; reported on macOS 26 with the Siri agent disabled.', 'device'],
    [-8027, 'ReprovisioningRequired', 'This Mac has to be provisioned again.', 'device'],
  ],
  SOURCE_ANISETTE,
);

/** `com.apple.devicecheck.error.baa`: Basic Attestation Authority (device attestation). */
export const BAA_ERRORS: CodeTable = table(
  'DCBAAError',
  [
    [
      -10000,
      'SigningUnavailable',
      'This Mac could not sign Apple’s device-attestation request (“platform is not supported by DeviceIdentity”).',
      'device',
      'auth.attestation_failed',
    ],
  ],
  SOURCE_VM_ATTESTATION,
);

/** ADI (Apple's Anisette library) status codes. */
export const ADI_ERRORS: CodeTable = table(
  'ADI',
  [[-45061, 'NotProvisioned', 'This Mac is not provisioned for Apple’s device data (Anisette).', 'device', 'auth.attestation_failed']],
  SOURCE_VM_ATTESTATION,
);
