'use strict';
// Errors as the Cognito API reports them: JSON {"__type", "message"} with the
// exception's HTTP status (every modelled Cognito exception is 400 except
// InternalErrorException 500; TooManyRequestsException is 400 as well).
class ApiError extends Error {
  constructor(type, message, status = 400) {
    super(message);
    this.type = type;
    this.status = status;
  }
}
const err = (type, message, status) => new ApiError(type, message, status);

// Messages below are the ones AWS returns (Cognito API reference + observed responses).
const E = {
  notAuthorized: (m = 'Incorrect username or password.') => err('NotAuthorizedException', m),
  userNotFound: (m = 'User does not exist.') => err('UserNotFoundException', m),
  userNotConfirmed: () => err('UserNotConfirmedException', 'User is not confirmed.'),
  usernameExists: (m = 'User account already exists') => err('UsernameExistsException', m),
  invalidParameter: (m) => err('InvalidParameterException', m),
  invalidPassword: (m) => err('InvalidPasswordException', m),
  resourceNotFound: (m) => err('ResourceNotFoundException', m),
  codeMismatch: () => err('CodeMismatchException', 'Invalid verification code provided, please try again.'),
  expiredCode: () => err('ExpiredCodeException', 'Invalid code provided, please request a code again.'),
  tooManyRequests: (m = 'Rate exceeded') => err('TooManyRequestsException', m),
  groupExists: () => err('GroupExistsException', 'A group with the name already exists.'),
  passwordResetRequired: () => err('PasswordResetRequiredException', 'Password reset required for the user'),
  aliasExists: () => err('AliasExistsException', 'An account with the given email already exists.'),
  unsupportedUserState: () => err('UnsupportedUserStateException', 'User account is not in FORCE_CHANGE_PASSWORD state.'),
  internal: (m = 'Internal server error.') => err('InternalErrorException', m, 500),
  // Value validation as the service's model checks it.
  validation: (field, value, constraint) => err('InvalidParameterException',
    `1 validation error detected: Value ${value === null || value === undefined ? 'null' : `'${value}'`} at '${field}' failed to satisfy constraint: ${constraint}`),
};

module.exports = { ApiError, E };
