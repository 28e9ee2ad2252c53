# Part of ES Cluster Wizard.
"""Carbon 4.4's JDBC user store password hash (JDBCUserStoreManager.preparePassword): the digest
(PasswordDigest, SHA-256 in the stock user-mgt.xml) of the password followed by the salt
(StoreSaltedPassword: 16 random bytes, base64), itself base64. Shared by es_carbon_admin and es_verify_admin."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import base64
import hashlib
import os

SUPER_TENANT = -1234
ADMIN_ROW = ('SELECT UM_ID, UM_USER_PASSWORD, UM_SALT_VALUE FROM UM_USER '
             'WHERE UM_USER_NAME = %s AND UM_TENANT_ID = %s')


def digest(password, salt):
    """The stored form of password with salt (None or '' for none)."""
    data = (password + (salt or '')).encode('utf-8')
    return base64.b64encode(hashlib.sha256(data).digest()).decode('ascii')


def new_salt():
    return base64.b64encode(os.urandom(16)).decode('ascii')


def matches(password, stored, salt):
    return digest(password, salt) == (stored or '')


def admin_row(connection, user):
    """(id, stored hash, salt) of the super tenant's user, or None: also when the store has no UM_USER yet."""
    with connection.cursor() as cursor:
        try:
            cursor.execute(ADMIN_ROW, (user, SUPER_TENANT))
        except Exception as e:  # pymysql's ProgrammingError for a missing table; no other import here
            if getattr(e, 'args', (None,))[0] == 1146:
                return None
            raise
        return cursor.fetchone()
